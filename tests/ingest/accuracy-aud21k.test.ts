// Misses found by the session-21 audit aud21k: A/RES/80/133 (agricultural technology for sustainable development), A/RES/78/115
// (measures to eliminate international terrorism), A/RES/78/320 (afforestation and reforestation), and the same forms in other
// texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractWithNotes, type Note } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/133', date: '2025-12-15' };

const { extract, keys, relations } = oneParagraph({ ctx: GA, kind: 'operative' });

const CGIAR = 'Organization:Consortium of International Agricultural Research Centers';

describe('CGIAR, named mostly by its acronym', () => {
  it('A/RES/80/133 OP21: "calls for continued support to the international agricultural research system, including the research centres of CGIAR"', () => {
    const text =
      'Underlines the instrumental role of agricultural technology, emphasizes that research outputs should be appropriate to the needs of end users, and in this regard calls for continued support to the international agricultural research system, including the research centres of CGIAR and other relevant international organizations and initiatives;';
    expect(keys(text, 'Organization:')).toEqual([CGIAR]);
    expect(relations(text)).toContain(`CALLS_UPON ${CGIAR}`);
  });

  it('A/RES/78/168 OP44: the full name with its acronym is the same body', () => {
    const text =
      'Also reaffirms the need to promote a significant expansion of research and innovation in food, nutrition and agriculture, including by strengthening the work of the reformed Consortium of International Agricultural Research Centers (CGIAR) so as to enhance its development impact;';
    expect([...new Set(keys(text, 'Organization:'))]).toEqual([CGIAR]);
  });

  it('guard: research centres named in lower case are no body', () => {
    const text = 'Calls for continued support to national agricultural research centres and international agricultural research systems;';
    expect(keys(text, 'Organization:')).toEqual([]);
  });
});

const AR6 = 'Initiative:Sixth Assessment Report of the Intergovernmental Panel on Climate Change';

describe('the IPCC Sixth Assessment Report however it is printed', () => {
  it('A/RES/80/133 PP14: "the synthesis report of the Intergovernmental Panel on Climate Change sixth assessment report"', () => {
    const text =
      'Recalling with concern the findings contained in the synthesis report of the Intergovernmental Panel on Climate Change sixth assessment report and the reports of the various working groups of the Panel,';
    expect(keys(text, 'Initiative:', 'preambular')).toEqual([AR6]);
    expect(relations(text, 'preambular')).toContain(`RECALLS ${AR6}`);
  });

  it('A/RES/80/138 OP10 (78/153 OP11, 79/206 OP11): "the synthesis report of the sixth assessment report of the Intergovernmental Panel on Climate Change"', () => {
    const text =
      'Notes with serious concern the findings from the synthesis report of the sixth assessment report of the Intergovernmental Panel on Climate Change, the contribution of Working Group I, in which the Intergovernmental Panel indicates that global warming of 1.5 degrees Celsius and 2 degrees Celsius above pre-industrial levels will be exceeded during the twenty-first century;';
    expect(keys(text, 'Initiative:')).toEqual([AR6]);
    expect(relations(text)).toContain(`NOTES ${AR6}`);
  });

  it('A/RES/80/110 OP192 (78/69 OP201): "its Sixth Assessment Report", after the Panel was named, is the same report', () => {
    const text =
      'Also notes with concern the findings of the Intergovernmental Panel on Climate Change in its successive reports, and in this regard refers in particular to its Special Report on the Ocean and Cryosphere in a Changing Climate and its Sixth Assessment Report, including its synthesis report, and recognizes the importance of the best available science for effective climate action and policymaking;';
    expect(keys(text, 'Initiative:')).toContain(AR6);
    expect(keys(text, 'Initiative:Sixth Assessment Report')).toEqual([AR6]);
  });

  it('guard: the Fifth Assessment Report is another report (A/RES/80/127 PP7)', () => {
    const text = 'Noting that global tracked climate finance has shown an upward trend since the Fifth Assessment Report,';
    expect(keys(text, 'Initiative:', 'preambular')).not.toContain(AR6);
  });
});

describe('a note "Adopted (on <day>) by/at the <sitting>" after a framework: the sitting adopted it that day', () => {
  const CTX: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/115', date: '2023-12-07' };
  const adoptions = (text: string, notes: Note[]) =>
    extractWithNotes('OP14', text, notes, { ...CTX })
      .attributions.filter((a) => a.type === 'ADOPTED' || a.type === 'ADOPTED_ON')
      .map((a) => `${a.type} ${a.source} -> ${a.target}`);
  const OP14 =
    'Recalls the adoption of the International Convention for the Suppression of Acts of Nuclear Terrorism,12 the Amendment to the Convention on the Physical Protection of Nuclear Material,13 the Protocol of 2005 to the Convention for the Suppression of Unlawful Acts against the Safety of Maritime Navigation 14 and the Protocol of 2005 to the Protocol for the Suppression of Unlawful Acts against the Safety of Fixed Platforms Located on the Continental Shelf, 15 and urges all States to consider, as a matter of priority, becoming parties to these instruments;';
  const NOTES: Note[] = [
    { after: 'Terrorism,12', mark: '12', text: 'United Nations, Treaty Series, vol. 2445, No. 44004.' },
    {
      after: 'Material,13',
      mark: '13',
      text: 'Adopted on 8 July 2005 by the Conference to Consider and Adopt Proposed Amendments to the Convention on the Physical Protection of Nuclear Material (International Atomic Energy Agency, document GOV/INF/2005/10-GC(49)/INF/6, attachment).',
    },
    { after: 'Navigation 14', mark: '14', text: 'Adopted on 14 October 2005 by the Diplomatic Conference on the Revision of the SUA Treaties (International Maritime Organization, document LEG/CONF.15/21).' },
    { after: 'Shelf, 15', mark: '15', text: 'Adopted on 14 October 2005 by the Diplomatic Conference on the Revision of the SUA Treaties (International Maritime Organization, document LEG/CONF.15/22).' },
  ];

  it('A/RES/78/115 OP14 (80/171, 79/263): the Amendment and the two SUA protocols, each with its sitting and day', () => {
    const got = adoptions(OP14, NOTES);
    expect(got).toContain(
      'ADOPTED Event:Conference to Consider and Adopt Proposed Amendments to the Convention on the Physical Protection of Nuclear Material -> Framework:Amendment to the Convention on the Physical Protection of Nuclear Material',
    );
    expect(got).toContain('ADOPTED_ON Framework:Amendment to the Convention on the Physical Protection of Nuclear Material -> Date:2005-07-08');
    expect(got).toContain('ADOPTED Event:Diplomatic Conference on the Revision of the SUA Treaties -> Framework:Protocol of 2005 to the Convention for the Suppression of Unlawful Acts against the Safety of Maritime Navigation');
    expect(got).toContain(
      'ADOPTED Event:Diplomatic Conference on the Revision of the SUA Treaties -> Framework:Protocol of 2005 to the Protocol for the Suppression of Unlawful Acts against the Safety of Fixed Platforms Located on the Continental Shelf',
    );
    // a treaty cited by its Treaty Series volume has no adopting sitting
    expect(got.filter((a) => a.includes('Acts of Nuclear Terrorism'))).toEqual([]);
  });

  it('A/RES/78/262 OP23 (78/189, 79/263): "Adopted at the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity (Part II), Montreal, ..."', () => {
    const text = 'Calls upon States to implement the Kunming-Montreal Global Biodiversity Framework,21 and its goals and targets;';
    const got = adoptions(text, [
      { after: 'Framework,21', mark: '21', text: 'Adopted at the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity (Part II), Montreal, Canada, 7–19 December 2022.' },
    ]);
    expect(got).toEqual(['ADOPTED Event:fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity -> Framework:Kunming-Montreal Global Biodiversity Framework']);
  });

  it('A/RES/78/189 OP17: "the Kunming-Montreal Biodiversity Framework", printed without "Global", is the same framework', () => {
    const text = 'Encourages States to take into account the Kunming-Montreal Biodiversity Framework in their national plans;';
    expect(keys(text, 'Framework:')).toEqual(['Framework:Kunming-Montreal Global Biodiversity Framework']);
  });

  it('guard: a note that opens on a sitting another way ("Adopted under the UNFCCC in ...") is no sitting\'s adoption', () => {
    const text = 'Recalls the Paris Agreement,2 and its early entry into force;';
    const got = adoptions(text, [{ after: 'Agreement,2', mark: '2', text: 'Adopted under the UNFCCC in FCCC/CP/2015/10/Add.1, decision 1/CP.21.' }]);
    expect(got.filter((a) => a.startsWith('ADOPTED Event:'))).toEqual([]);
  });

  it('guard: a note on a sitting whose mark closes no framework ("the Conference,13") adopts nothing', () => {
    const text = 'Welcomes the work of the Conference to Consider and Adopt Proposed Amendments to the Convention on the Physical Protection of Nuclear Material,13 and urges States to ratify;';
    const got = adoptions(text, [NOTES[1]!]);
    expect(got.filter((a) => a.startsWith('ADOPTED '))).toEqual([]);
  });
});

describe('"the adoption on <day> of the <framework>, at the <sitting>": the day and the sitting of its adoption', () => {
  const adoptions = (text: string) =>
    extract(text, 'preambular').attributions.filter((a) => a.type === 'ADOPTED' || a.type === 'ADOPTED_ON').map((a) => `${a.type} ${a.source} -> ${a.target}`);
  const KMGBF = 'Framework:Kunming-Montreal Global Biodiversity Framework';

  it('A/RES/80/133 PP17 (78/144 PP15): "Recalling the adoption on 19 December 2022 of the Kunming-Montreal Global Biodiversity Framework, at the fifteenth meeting of the Conference of the Parties ..."', () => {
    const text =
      'Recalling the adoption on 19 December 2022 of the Kunming-Montreal Global Biodiversity Framework, at the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, welcoming the convening of the sixteenth meeting of the Conference of the Parties, held in Cali, Colombia, from 21 October to 1 November 2024,';
    const got = adoptions(text);
    expect(got).toContain(`ADOPTED_ON ${KMGBF} -> Date:2022-12-19`);
    expect(got).toContain(`ADOPTED Event:fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity -> ${KMGBF}`);
    expect(got.filter((a) => a.includes('sixteenth'))).toEqual([]);
  });

  it('A/RES/80/33 PP18 (78/33, 79/32): "Recalling also the adoption on 7 July 2017 of the Treaty on the Prohibition of Nuclear Weapons"', () => {
    const text = 'Recalling also the adoption on 7 July 2017 of the Treaty on the Prohibition of Nuclear Weapons, and welcoming its entry into force on 22 January 2021,';
    expect(adoptions(text)).toEqual(['ADOPTED_ON Framework:Treaty on the Prohibition of Nuclear Weapons -> Date:2017-07-07']);
  });

  it('guard: another day printed so is not its adoption ("the entry into force on 22 January 2021 of the Treaty")', () => {
    const text = 'Welcoming the entry into force on 22 January 2021 of the Treaty on the Prohibition of Nuclear Weapons,';
    expect(adoptions(text)).toEqual([]);
  });
});
