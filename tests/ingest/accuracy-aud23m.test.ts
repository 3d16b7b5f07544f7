// Misses found by the session-23 audit aud23m: A/RES/79/314 (the 2025 Ocean Conference declaration), A/RES/79/53
// (improvised explosive devices), A/RES/80/141 (education for sustainable development), and the same forms in other
// texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { cleanText, extractResolution, segmentResolutions } from '../../ingest/index.js';
import type { RecognizeContext, ResolutionExtraction, SourceText } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/141', date: '2025-12-15' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('a verb inside a quoted title opens no clause', () => {
  const OCEAN: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/314', date: '2025-06-30' };
  it('A/RES/79/314 annex OP2: "the declaration entitled “Our ocean, our future: call for action”" is reaffirmed, not called for', () => {
    const text =
      'We reaffirm the declaration entitled “Our ocean, our future, our responsibility”, adopted by the high level United Nations Conference to Support the Implementation of Sustainable Development Goal 14: Conserve and sustainably use the oceans, seas and marine resources for sustainable development held in Lisbon from 27 June to 1 July 2022, and the declaration entitled “Our ocean, our future: call for action”, adopted by the Conference held in New York from 5 to 9 June 2017.';
    const rels = relations(text, 'operative', OCEAN);
    expect(rels).toContain('REAFFIRMS Framework:Our ocean, our future: call for action');
    expect(rels.filter((r) => r.startsWith('CALLS_UPON'))).toEqual([]);
  });

  it('guard: a declaration\'s later verb outside quotes still opens its clause ("..., and call for ...")', () => {
    const text = 'We reaffirm the declaration entitled “Our ocean, our future: call for action”, and call for the full implementation of the Paris Agreement.';
    const rels = relations(text, 'operative', OCEAN);
    expect(rels).toContain('REAFFIRMS Framework:Our ocean, our future: call for action');
    expect(rels).toContain('CALLS_UPON Framework:Paris Agreement');
  });
});

describe('a day printed with "adopted on" after a sitting is the act\'s, not the sitting\'s', () => {
  const PP17 =
    'Acknowledging the importance of education for achieving sustainable development, including in the context of the 2030 Agenda, and building on the World Education Forum 2015, held in Incheon, Republic of Korea, the Education 2030 Framework for Action, adopted on 4 November 2015 by the General Conference of the United Nations Educational, Scientific and Cultural Organization at its thirty-eighth session,';
  it('A/RES/80/141 PP17 (78/156 PP13): the World Education Forum 2015 does not start on the day the Framework for Action was adopted', () => {
    const atts = attributions(PP17, 'preambular');
    expect(atts).toContain('HELD_IN Event:World Education Forum @ 2015 -> Place:Incheon');
    expect(atts.filter((a) => a.startsWith('STARTS_ON Event:World Education Forum'))).toEqual([]);
    expect(atts).toContain('ADOPTED_ON Framework:Education 2030 Framework for Action -> Date:2015-11-04');
  });

  it('guard: the sitting\'s own declaration adopted on a day still dates its edition (A/RES/78/203 OP42, 79/170, 80/207)', () => {
    const text =
      'Recalling the political declaration of the second high-level meeting of the General Assembly on universal health coverage, adopted on 5 October 2023,';
    expect(keys(text, 'Event:', 'preambular')).toEqual(['Event:high-level meeting of the General Assembly on universal health coverage @ 2023']);
  });

  it('guard: the days printed for the sitting itself stay its dates ("held in Incheon, Republic of Korea, from 19 to 22 May 2015")', () => {
    const text = 'Recalling the World Education Forum 2015, held in Incheon, Republic of Korea, from 19 to 22 May 2015,';
    const atts = attributions(text, 'preambular');
    expect(atts).toContain('STARTS_ON Event:World Education Forum @ 2015 -> Date:2015-05-19');
    expect(atts).toContain('ENDS_ON Event:World Education Forum @ 2015 -> Date:2015-05-22');
  });
});

describe('a sitting dated by its year after its organizers and venue', () => {
  it('A/RES/80/141 PP17 (78/156 PP13): the 2014 and 2021 World Conferences on Education for Sustainable Development are two editions', () => {
    const text =
      'Acknowledging the importance of education for achieving sustainable development, and building on the World Conference on Education for Sustainable Development, organized by the Government of Japan and the United Nations Educational, Scientific and Cultural Organization, held in Aichi-Nagoya, Japan, in 2014, the World Education Forum 2015, held in Incheon, Republic of Korea, and the World Conference on Education for Sustainable Development, organized by the United Nations Educational, Scientific and Cultural Organization and the Government of Germany, held online from Berlin, Germany, in 2021,';
    expect(keys(text, 'Event:World Conference', 'preambular')).toEqual([
      'Event:World Conference on Education for Sustainable Development @ 2014',
      'Event:World Conference on Education for Sustainable Development @ 2021',
    ]);
  });

  it('A/RES/80/141 PP17: the session "at its fortieth session" before the 2021 conference does not take its year', () => {
    const text =
      'Acknowledging the framework entitled “Education for Sustainable Development: towards achieving the Sustainable Development Goals” (ESD for 2030), endorsed by the General Conference of the United Nations Educational, Scientific and Cultural Organization at its fortieth session, and the World Conference on Education for Sustainable Development, organized by the United Nations Educational, Scientific and Cultural Organization and the Government of Germany, held online from Berlin, Germany, in 2021,';
    const atts = attributions(text, 'preambular');
    expect(atts).toContain('STARTS_ON Event:World Conference on Education for Sustainable Development @ 2021 -> Date:2021');
    expect(atts.filter((a) => a.startsWith('STARTS_ON Event:fortieth session'))).toEqual([]);
  });

  it('guard: sessions listed after "at its" share their "respectively" dates (A/RES/78/229 OP11)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/229', date: '2023-12-22' };
    const text =
      'Welcomes the resolutions adopted by the Conference of the Parties to the United Nations Convention against Transnational Organized Crime at its eighth, ninth, tenth and eleventh sessions, held in Vienna from 17 to 21 October 2016, from 15 to 19 October 2018, from 12 to 16 October 2020 and from 17 to 21 October 2022, respectively, to promote greater use of the Convention;';
    const starts = attributions(text, 'operative', ctx).filter((a) => a.startsWith('STARTS_ON'));
    expect(starts.find((a) => a.startsWith('STARTS_ON Event:eighth session'))).toMatch(/-> Date:2016-10-17$/);
    expect(starts.find((a) => a.startsWith('STARTS_ON Event:eleventh session'))).toMatch(/-> Date:2022-10-17$/);
  });

  it('guard: a year after an organizer with no participle of holding stays no date ("..., organized by UNESCO in 2014")', () => {
    const text = 'Recalling the World Conference on Education for Sustainable Development, organized by the United Nations Educational, Scientific and Cultural Organization in 2014,';
    expect(keys(text, 'Event:World Conference', 'preambular')).toEqual(['Event:World Conference on Education for Sustainable Development']);
  });
});

describe('named frameworks and programmes of the education and explosive-device texts', () => {
  const ESD = 'Framework:Education for Sustainable Development: towards achieving the Sustainable Development Goals';
  it('A/RES/80/141 OP10 (OP7, OP21, PP17; 78/156): the ESD for 2030 framework is one framework, not the Goals', () => {
    const text =
      'Encourages Governments and other stakeholders concerned to scale up education for sustainable development action through the implementation of the “Education for Sustainable Development: towards achieving the Sustainable Development Goals” (ESD for 2030) framework and its road map;';
    const rels = relations(text);
    expect(rels).toContain(`ENCOURAGES ${ESD}`);
    expect(rels).not.toContain('ENCOURAGES Framework:Sustainable Development Goals');
  });

  it('guard: the Goals named on their own stay the Goals (A/RES/80/141 OP21 "... towards achieving the Sustainable Development Goals")', () => {
    expect(relations('Invites Member States to accelerate progress towards achieving the Sustainable Development Goals;')).toEqual(['INVITES Framework:Sustainable Development Goals']);
  });

  const IED: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/53', date: '2024-12-02' };
  it('A/RES/79/53 OP23 (80/74, 78/70): the United Nations Policy on Victim Assistance in Mine Action', () => {
    const text =
      'Encourages the use of the United Nations Policy on Victim Assistance in Mine Action, which highlights the significance of integrating survivor assistance efforts into broader international and national frameworks;';
    expect(relations(text, 'operative', IED)).toContain('ENCOURAGES Framework:United Nations Policy on Victim Assistance in Mine Action');
  });

  it('A/RES/79/53 PP26: the United Nations Improvised Explosive Device Disposal Standards', () => {
    const text =
      'Recalling the update to the International Mine Action Standards with regard to improvised explosive devices, and the completion of the United Nations Improvised Explosive Device Disposal Standards, applicable where the context or mandate is not humanitarian,';
    const rels = relations(text, 'preambular', IED);
    expect(rels).toContain('RECALLS Framework:United Nations Improvised Explosive Device Disposal Standards');
    expect(rels).toContain('RECALLS Framework:International Mine Action Standards');
  });

  it('A/RES/79/53 PP28, OP8: the programme Global Shield, led by the World Customs Organization', () => {
    const pp28 =
      'Noting also the multilateral efforts to counter improvised explosive devices of the programme Global Shield, led by the World Customs Organization and assisted by the International Criminal Police Organization (INTERPOL), to prevent the smuggling of precursor chemicals,';
    expect(relations(pp28, 'preambular', IED)).toContain('NOTES Initiative:Global Shield');
    expect(attributions(pp28, 'preambular', IED)).toContain('LEADS Organization:World Customs Organization -> Initiative:Global Shield');
    const op8 = 'Strongly encourages States to share information through relevant channels, including the Programme Global Shield of the World Customs Organization;';
    expect(keys(op8, 'Initiative:', 'operative', IED)).toEqual(['Initiative:Global Shield']);
  });
});

describe('a footnote mark after a year and the full stop that ends a paragraph', () => {
  const pdfText = (body: string, notes: string) => `Resolution adopted by the General Assembly on 30 June 2025

79/314. Our ocean, our future: united for urgent action

The General Assembly,

Recalling its resolution 78/128 of 18 December 2023,

${body}

99th plenary meeting
30 June 2025
__________________
${notes}
`;
  const extractText = (text: string): ResolutionExtraction[] => {
    const src: SourceText = { file: 'inline.txt', format: 'pdftext', text };
    return segmentResolutions(cleanText(src), src).map((r) => extractResolution(r));
  };
  const refs = (text: string) => extractText(text)[0]!.paragraphs.flatMap((p) => p.paragraph.footnoteRefs.map((r) => `${p.paragraph.id} ${r.mark} ${r.footnote?.text ?? ''}`));

  it('A/RES/79/314 annex OP2, OP15: "adopted by the Conference held in New York from 5 to 9 June 2017.3"', () => {
    const text = pdfText(
      '1. Reaffirms the declaration entitled “Our ocean, our future: call for action”, adopted by the Conference held in New York from 5 to 9 June 2017.3',
      '3 Resolution 71/312, annex.',
    );
    expect(refs(text)).toEqual(['OP1 3 Resolution 71/312, annex.']);
  });

  it('guard: a decimal after a year inside a sentence is no mark ("the ratio fell to 2017.3 in")', () => {
    const text = pdfText('1. Notes that the index of the report stood at 2017.3 in the last year;', '3 Resolution 71/312, annex.');
    expect(refs(text)).toEqual([]);
  });
});
