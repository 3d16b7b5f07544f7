// Misses found by the session-27 audit aud27c: A/RES/79/209 (report of the United Nations Environment Assembly) and
// A/RES/79/314 (the 2025 Ocean Conference declaration), and the same forms in other texts. Each case quotes the file and
// paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { cleanText, extractResolution, segmentResolutions } from '../../ingest/index.js';
import type { RecognizeContext, ResolutionExtraction, SourceText } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const OCEAN: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/314', date: '2025-06-30' };

const { keys, relations, attributions } = oneParagraph({ ctx: OCEAN, kind: 'operative' });

/** A one-resolution PDF text with one body paragraph and its footnotes. */
const pdfText = (body: string, notes: string) => `Resolution adopted by the General Assembly on 19 December 2024

79/209. Report of the United Nations Environment Assembly of the United Nations Environment Programme

The General Assembly,

Recalling its resolution 78/128 of 18 December 2023,

${body}

54th plenary meeting
19 December 2024
__________________
${notes}
`;
const extractText = (text: string): ResolutionExtraction[] => {
  const src: SourceText = { file: 'inline.txt', format: 'pdftext', text };
  return segmentResolutions(cleanText(src), src).map((r) => extractResolution(r));
};

describe('a titled declaration "adopted by" a sitting after its closing quote', () => {
  const ANNEX_OP2 =
    'We reaffirm the declaration entitled “Our ocean, our future, our responsibility”, adopted by the high level United Nations Conference to Support the Implementation of Sustainable Development Goal 14: Conserve and sustainably use the oceans, seas and marine resources for sustainable development held in Lisbon from 27 June to 1 July 2022, and the declaration entitled “Our ocean, our future: call for action”, adopted by the Conference held in New York from 5 to 9 June 2017.';

  it('A/RES/79/314 annex OP2: the 2022 and 2017 Ocean Conferences ADOPTED their declarations', () => {
    const atts = attributions(ANNEX_OP2);
    expect(atts).toContain('ADOPTED Event:United Nations Ocean Conference @ 2022 -> Framework:Our ocean, our future, our responsibility');
    expect(atts).toContain('ADOPTED Event:United Nations Ocean Conference @ 2017 -> Framework:Our ocean, our future: call for action');
  });

  it('A/RES/79/209 OP3: "the ministerial declaration entitled “...”, 17 adopted by the United Nations Environment Assembly"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/209', date: '2024-12-19' };
    const text =
      'Takes note of the ministerial declaration entitled “Effective, inclusive and sustainable multilateral actions to tackle climate change, biodiversity loss and pollution”, 17 adopted by the United Nations Environment Assembly at its sixth session;';
    expect(attributions(text, 'operative', ctx)).toContain(
      'ADOPTED Organization:United Nations Environment Assembly -> Framework:Effective, inclusive and sustainable multilateral actions to tackle climate change, biodiversity loss and pollution',
    );
  });

  it('guard: a framework that only ends another thing\'s title was not adopted by the sitting (A/RES/79/208 OP14)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/208', date: '2024-12-19' };
    const text =
      'Welcomes decision 16/6 of 1 November 2024 entitled “Role of people of African descent, comprising collectives embodying traditional lifestyles, in the implementation of the Convention on Biological Diversity”, adopted at the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity;';
    expect(attributions(text, 'operative', ctx).filter((a) => a.startsWith('ADOPTED') && a.endsWith('Framework:Convention on Biological Diversity'))).toEqual([]);
  });
});

describe('"the Conference co-hosted by X and Y, held in <venue> ... <year>" is the edition of that year', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/110', date: '2025-12-09' };
  const PP11 =
    'Noting its resolution 79/314 of 30 June 2025, in which it endorsed the declaration entitled “Our ocean, our future: united for urgent action” adopted by the 2025 United Nations Conference to Support the Implementation of Sustainable Development Goal 14: Conserve and sustainably use the oceans, seas and marine resources for sustainable development, co-hosted by Costa Rica and France, held in Nice, France, from 9 to 13 June 2025, and recalling its resolution 76/296 of 21 July 2022, in which it endorsed the declaration entitled “Our ocean, our future, our responsibility” adopted by the Conference co-hosted by Kenya and Portugal, held in Lisbon from 27 June to 1 July 2022, as well as its resolution 71/312 of 6 July 2017, in which it endorsed the declaration entitled “Our ocean, our future: call for action” adopted by the Conference co-hosted by Fiji and Sweden, held in New York from 5 to 9 June 2017,';

  it('A/RES/80/110 PP11: Kenya and Portugal host the 2022 Conference, Fiji and Sweden the 2017 one', () => {
    const atts = attributions(PP11, 'preambular', { ...ctx });
    expect(atts).toContain('HOSTS Place:Kenya -> Event:United Nations Ocean Conference @ 2022');
    expect(atts).toContain('HOSTS Place:Sweden -> Event:United Nations Ocean Conference @ 2017');
    expect(atts).toContain('ADOPTED Event:United Nations Ocean Conference @ 2022 -> Framework:Our ocean, our future, our responsibility');
    expect(atts.filter((a) => a.startsWith('HOSTS Place:Kenya -> Event:United Nations Ocean Conference @ 2025'))).toEqual([]);
    expect(relations(PP11, 'preambular', { ...ctx })).toContain('RECALLS Event:United Nations Ocean Conference @ 2017');
  });

  it('guard: the 2025 edition named in full keeps its hosts and year', () => {
    const atts = attributions(PP11, 'preambular', { ...ctx });
    expect(atts).toContain('HOSTS Place:Costa Rica -> Event:United Nations Ocean Conference @ 2025');
    expect(atts).toContain('ADOPTED Event:United Nations Ocean Conference @ 2025 -> Framework:Our ocean, our future: united for urgent action');
  });
});

describe('footnotes', () => {
  const refs = (text: string) => extractText(text)[0]!.paragraphs.flatMap((p) => p.paragraph.footnoteRefs.map((r) => `${p.paragraph.id} ${r.mark} ${r.footnote?.text ?? ''}`));

  it('A/RES/79/314 annex OP4: a mark after a title\'s closing quote and the full stop that ends the paragraph (“The future we want”. 5)', () => {
    const text = pdfText(
      '1. Affirms the need to implement international law as reflected in the United Nations Convention on the Law of the Sea, as recalled in paragraph 158 of “The future we want”. 5',
      '5 Resolution 66/288, annex.',
    );
    expect(refs(text)).toEqual(['OP1 5 Resolution 66/288, annex.']);
    const op1 = extractText(text)[0]!.paragraphs.find((p) => p.paragraph.id === 'OP1')!;
    expect(op1.relations.map((r) => `${r.type} ${r.target}`)).toContain('AFFIRMS Resolution:A/RES/66/288');
  });

  it('guard: a number after a quoted title and a full stop inside the paragraph is no mark', () => {
    const text = pdfText('1. Recalls paragraph 158 of “The future we want”. 5 States have reported since;', '5 Resolution 66/288, annex.');
    expect(refs(text)).toEqual([]);
  });

  it('A/RES/79/209 PP1: "decision SS.VI/1" in a footnote citing the Governing Council\'s report (A/55/25) is its decision', () => {
    const text = pdfText(
      'Reaffirming the Malmö Ministerial Declaration of 31 May 2000,2 and the Nusa Dua Declaration of 26 February 2010,3',
      '2 Ibid., Fifty-fifth Session, Supplement No. 25 (A/55/25), annex I, decision SS.VI/1, annex.\n\n3 Ibid., Sixty-fifth Session, Supplement No. 25 (A/65/25), annex I, decision SS.XI/9.',
    );
    const pp = extractText(text)[0]!.paragraphs.find((p) => p.paragraph.id === 'PP2')!;
    const targets = pp.relations.map((r) => r.target);
    expect(targets).toContain('Resolution:Governing Council of the United Nations Environment Programme decision SS.VI/1');
    expect(targets).toContain('Resolution:Governing Council of the United Nations Environment Programme decision SS.XI/9');
  });

  it('guard: "decision SS.VI/1" with no body printed is no citation', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/209', date: '2024-12-19' };
    expect(relations('Recalls decision SS.VI/1 on the matter;', 'operative', ctx).filter((r) => r.startsWith('RECALLS Resolution'))).toEqual([]);
  });
});

describe('"Sustainable Development Goal 14 of the 2030 Agenda": the Agenda is no part of the conference\'s name', () => {
  it('A/RES/79/314 annex OP1: "meeting in Nice ... at the United Nations Conference to Support the Implementation of Sustainable Development Goal 14 of the 2030 Agenda for Sustainable Development"', () => {
    const text =
      'We, the Heads of State and Government and high-level representatives, meeting in Nice, France, from 9 to 13 June 2025 at the United Nations Conference to Support the Implementation of Sustainable Development Goal 14 of the 2030 Agenda for Sustainable Development, with the participation of civil society and other relevant stakeholders, reaffirm our strong commitment to conserve and sustainably use our ocean, seas and marine resources.';
    // (the 2025 edition since aud42f: "meeting in Nice, France, from 9 to 13 June 2025 at the" dates it, as "met in" does)
    expect(keys(text, 'Event:', 'operative', { ...OCEAN })).toEqual(['Event:United Nations Ocean Conference @ 2025']);
    expect(keys(text, 'Framework:2030', 'operative', { ...OCEAN })).toEqual(['Framework:2030 Agenda for Sustainable Development']);
  });

  it('guard: the Goal\'s own words after its number stay in the name ("... Goal 14: Conserve and sustainably use the oceans")', () => {
    const text =
      'Recalls the 2025 United Nations Conference to Support the Implementation of Sustainable Development Goal 14: Conserve and sustainably use the oceans, seas and marine resources for sustainable development;';
    expect(keys(text, 'Event:', 'operative', { ...OCEAN })).toEqual(['Event:United Nations Ocean Conference @ 2025']);
  });
});

describe('a preamble that goes on in the third person after ", and" states the body\'s own act', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/209', date: '2024-12-19' };
  it('A/RES/79/209 PP17: "Welcoming the Kunming-Montreal Global Biodiversity Framework, ..., and urges the early, inclusive and effective implementation of the Framework"', () => {
    const text =
      'Welcoming the Kunming-Montreal Global Biodiversity Framework, adopted at the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, and urges the early, inclusive and effective implementation of the Framework, and welcoming also the holding of the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, held in Cali, Colombia, from 21 October to 1 November 2024,';
    const rels = relations(text, 'preambular', { ...ctx });
    expect(rels).toContain('URGES Framework:Kunming-Montreal Global Biodiversity Framework');
    expect(rels).toContain('WELCOMES Event:sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity');
  });

  it('A/RES/78/195 PP18: "..., and notes other disability-related initiatives such as the Global Disability Summit"', () => {
    const c: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/195', date: '2023-12-19' };
    const text =
      'Welcoming also the contributions of the Steering Committee on Accessibility to improving the accessibility of United Nations premises, conferences and meetings, and information and communications, and notes other disability-related initiatives such as the Global Disability Summit, to be held in 2025,';
    expect(relations(text, 'preambular', c).filter((r) => r.endsWith('Global Disability Summit @ 2025'))).toEqual(['NOTES Event:Global Disability Summit @ 2025']);
  });

  it('guard: a third person after a relative clause is that subject\'s ("the Addis Ababa Action Agenda ..., which ... and reaffirms the strong political commitment", A/RES/79/209 PP11)', () => {
    const text =
      'Reaffirming also its resolution 69/313 of 27 July 2015 on the Addis Ababa Action Agenda of the Third International Conference on Financing for Development, which is an integral part of the 2030 Agenda for Sustainable Development, supports and complements it, and reaffirms the strong political commitment to address the challenge of financing and creating an enabling environment at all levels for sustainable development in the spirit of global partnership and solidarity, and welcomes the Paris Agreement,';
    const rels = relations(text, 'preambular', { ...ctx });
    expect(rels).toContain('REAFFIRMS Framework:Paris Agreement');
    expect(rels.filter((r) => r.startsWith('WELCOMES'))).toEqual([]);
  });
});

describe('a list whose lead-in ends on "we:" holds the declaration\'s own verbs', () => {
  it('A/RES/79/1 annex II 32: "Recognizing the important advisory and advocacy role ..., we: (a) Take note of ...; (b) Decide to convene ...; (c) Request the Secretary-General"', () => {
    const c: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/1', date: '2024-09-22' };
    const text =
      'Recognizing the important advisory and advocacy role that the United Nations should play with respect to future generations, we: (a) Take note of the Secretary-General’s proposal to appoint a Special Envoy for Future Generations to support the implementation of this Declaration; (b) Decide to convene an inclusive high-level plenary meeting of the General Assembly on future generations that will review the implementation of this Declaration during the eighty-third session of the General Assembly; (c) Request the Secretary-General to present a report on the implementation of this Declaration.';
    const rels = relations(text, 'operative', c);
    expect(rels).toContain('NOTES Organization:Special Envoy for Future Generations');
    expect(rels).toContain('REQUESTS Organization:Secretary-General of the United Nations');
    expect(rels.filter((r) => r.startsWith('RECOGNIZES') && r.includes('Special Envoy'))).toEqual([]);
  });

  it('A/RES/79/314 annex OP30: "To that end we: (a) Affirm ...; (b) Support ...; (c) Commit to ... the Regular Process": not recognized', () => {
    const text =
      'Ocean action must be based on the best available science and knowledge, while recognizing and respecting the rights of Indigenous Peoples. To that end we: (a) Affirm the value of strengthening sharing of knowledge; (b) Support new scientific research; (c) Commit to further improving the scientific understanding of the ocean, including through the Regular Process for Global Reporting and Assessment of the State of the Marine Environment, including Socioeconomic Aspects, and the Intergovernmental Panel on Climate Change;';
    expect(relations(text, 'operative', { ...OCEAN }).filter((r) => r.includes('Intergovernmental Panel'))).toEqual([]);
  });

  it('guard: a participle lead-in with no "we:" list keeps its relation', () => {
    const text = 'Recognizing the role of the Intergovernmental Panel on Climate Change, we welcome its reports.';
    expect(relations(text, 'operative', { ...OCEAN })).toContain('RECOGNIZES Organization:Intergovernmental Panel on Climate Change');
  });
});

describe('a short form dated by "held in <venue> ... <year>" after it takes that venue and those dates', () => {
  it('A/RES/79/314 annex OP2 (78/68 PP17, 78/69, 79/144, 79/145, 80/109, 80/110): "adopted by the Conference held in New York from 5 to 9 June 2017"', () => {
    const text =
      'We reaffirm the declaration entitled “Our ocean, our future, our responsibility”, adopted by the high level United Nations Conference to Support the Implementation of Sustainable Development Goal 14: Conserve and sustainably use the oceans, seas and marine resources for sustainable development held in Lisbon from 27 June to 1 July 2022, and the declaration entitled “Our ocean, our future: call for action”, adopted by the Conference held in New York from 5 to 9 June 2017.';
    const atts = attributions(text, 'operative', { ...OCEAN });
    expect(atts).toContain('HELD_IN Event:United Nations Ocean Conference @ 2017 -> Place:New York');
    expect(atts).toContain('STARTS_ON Event:United Nations Ocean Conference @ 2017 -> Date:2017-06-05');
    expect(atts).toContain('ENDS_ON Event:United Nations Ocean Conference @ 2017 -> Date:2017-06-09');
    expect(atts.filter((a) => a.includes('@ 2022 -> Place:New York') || a.includes('@ 2017 -> Place:Lisbon'))).toEqual([]);
  });

  it('guard: a bare "the Conference" with no venue after it takes none ("adopted by the Conference, as contained in the annex")', () => {
    const text = 'Endorses the declaration entitled “Our ocean, our future: united for urgent action” adopted by the Conference, as contained in the annex to the present resolution.';
    expect(attributions(text, 'operative', { ...OCEAN }).filter((a) => a.startsWith('HELD_IN'))).toEqual([]);
  });
});
