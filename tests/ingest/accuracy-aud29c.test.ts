// Misses found by the session-29 audit aud29c: A/RES/80/118 (ICTs for sustainable development), A/RES/79/277 (modalities of the
// WSIS overall review) and A/RES/80/4 (the embargo against Cuba), and the same forms in other texts. Each case quotes the file and
// paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/118', date: '2025-12-15' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

const WSIS_REVIEW_2025 = 'Event:high-level meeting on the overall review of the implementation of the outcomes of the World Summit on the Information Society @ 2025';

describe('a resolution that adopted a framework, cited between "the adoption by" and "of"', () => {
  it('A/RES/80/118 PP56: "Welcoming the adoption by General Assembly resolution 79/243 of 24 December 2024 of United Nations Convention against Cybercrime; ..."', () => {
    const text =
      'Welcoming the adoption by General Assembly resolution 79/243 of 24 December 2024 of United Nations Convention against Cybercrime; Strengthening International Cooperation for Combating Certain Crimes Committed by Means of Information and Communications Technology Systems and for the Sharing of Evidence in Electronic Form of Serious Crimes, emphasizing the importance of the Signing ceremony held in Hanoi, Viet Nam, on 25 and 26 October 2025,';
    expect(attributions(text, 'preambular', { ...GA })).toContain('ADOPTED Resolution:A/RES/79/243 -> Framework:United Nations Convention against Cybercrime');
  });

  it('A/RES/78/229 PP28: "Recalling the adoption, by its resolution 58/4 of 31 October 2003, of the United Nations Convention against Corruption"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/229', date: '2023-12-19' };
    const text = 'Recalling the adoption, by its resolution 58/4 of 31 October 2003, of the United Nations Convention against Corruption, and celebrating 20 years since its adoption,';
    expect(attributions(text, 'preambular', ctx)).toContain('ADOPTED Resolution:A/RES/58/4 -> Framework:United Nations Convention against Corruption');
  });

  it('guard: a resolution after another word than "adoption" adopted nothing ("the support expressed by General Assembly resolution 79/243 ... of the Convention")', () => {
    const text = 'Welcoming the support expressed by General Assembly resolution 79/243 of 24 December 2024 of the United Nations Convention against Cybercrime,';
    expect(attributions(text, 'preambular', { ...GA }).filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });
});

describe('a report of the Secretary-General cited by its quoted title after "on"', () => {
  it('A/RES/80/118 OP17: "Takes note of the report of the Secretary-General on “Innovative voluntary financing options for artificial intelligence capacity-building”"', () => {
    const text =
      'Takes note of the report of the Secretary-General on “Innovative voluntary financing options for artificial intelligence capacity-building”, which was developed in line with the request contained in resolution 79/1 and that took into account, inter alia, the recommendation on a Global Fund on AI;';
    const doc = 'Document:innovative voluntary financing options for artificial intelligence capacity-building';
    expect(keys(text, 'Document:', 'operative', { ...GA })).toEqual([doc]);
    expect(relations(text, 'operative', { ...GA })).toContain(`NOTES ${doc}`);
  });

  it('guard: a report on a subject keeps its subject key ("the report of the Secretary-General on the implementation of resolution 79/7", A/RES/80/4 OP1)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/4', date: '2025-10-29' };
    const text = 'Takes note of the report of the Secretary-General on the implementation of resolution 79/7;';
    expect(keys(text, 'Document:', 'operative', ctx).every((k) => !k.includes('“'))).toBe(true);
    expect(keys(text, 'Resolution:', 'operative', { ...ctx })).toEqual(['Resolution:A/RES/79/7']);
  });
});

describe('"the high-level overall review of the implementation of the outcomes of the World Summit" is the 2025 WSIS review meeting', () => {
  it('A/RES/80/118 OP36: "looks forward to the high-level overall review ..., to be held on 16 and 17 December 2025"', () => {
    const text =
      'Acknowledges the existing mandate of the Internet Governance Forum, and looks forward to the high-level overall review of the implementation of the outcomes of the World Summit on the Information Society, to be held on 16 and 17 December 2025;';
    // (aud44c: the summit the review reviews, printed in its words, is the clause's target too: aud41i/aud43a gold)
    expect(relations(text, 'operative', { ...GA })).toEqual(['ACKNOWLEDGES Organization:Internet Governance Forum', `LOOKS_FORWARD_TO ${WSIS_REVIEW_2025}`, 'LOOKS_FORWARD_TO Event:World Summit on the Information Society']);
    expect(attributions(text, 'operative', { ...GA })).toEqual([`STARTS_ON ${WSIS_REVIEW_2025} -> Date:2025-12-16`, `ENDS_ON ${WSIS_REVIEW_2025} -> Date:2025-12-17`]);
  });

  it('A/RES/80/118 OP63: "the preparatory process of the high-level overall review of the implementation of the outcomes of the World Summit"', () => {
    const text =
      'Takes note of the report of the Commission on Science and Technology for Development on its twenty-eighth session, including a summary of the substantive discussion on the 20-year review of the implementation of the outcomes of the World Summit on the Information Society, as a major input to the preparatory process of the high-level overall review of the implementation of the outcomes of the World Summit;';
    expect(relations(text, 'operative', { ...GA })).toContain(`NOTES ${WSIS_REVIEW_2025}`);
  });

  it('guard: "the overall review of the implementation of the outcomes of the World Summit" not called high-level stays as read (A/RES/79/277 OP4)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/277', date: '2025-03-25' };
    const text =
      'Decides that the overall review by the General Assembly shall take stock of the progress made in the implementation of the outcomes of the World Summit on the Information Society;';
    expect(keys(text, 'Event:', 'operative', ctx)).toEqual(['Event:World Summit on the Information Society']);
  });
});

describe('a report of the Secretary-General footnoted once is the same document cited again with "the World Summit" short', () => {
  const PP17 =
    'Taking note of the report of the Secretary-General on the progress made in the implementation of and follow-up to the outcomes of the World Summit on the Information Society at the regional and international levels,11';
  const OP33 =
    'Notes the implementation of the outcomes of the World Summit on the Information Society at the regional level, facilitated by the regional commissions, as observed in the report of the Secretary-General on the progress made in the implementation of and follow-up to the outcomes of the World Summit at the regional and international levels;';
  const footnoted = (ctx: RecognizeContext) =>
    extractParagraph(
      { id: 'PP17', kind: 'preambular', text: PP17, footnoteRefs: [{ mark: '11', offset: PP17.length - 2, footnote: { mark: '11', text: 'A/80/62-E/2025/12.' } }], subparagraphs: [] },
      ctx,
    );
  const op = (ctx: RecognizeContext, text = OP33) => extractParagraph({ id: 'OP33', kind: 'operative', text, footnoteRefs: [], subparagraphs: [] }, ctx);

  it('A/RES/80/118 OP33 after PP17 (footnote 11 "A/80/62-E/2025/12."): one document, not a subject-keyed second node', () => {
    const ctx: RecognizeContext = { ...GA };
    expect([...new Set(footnoted(ctx).mentions.filter((m) => m.kind === 'Document').map((m) => m.key))]).toEqual(['Document:A/80/62-E/2025/12']);
    expect(op(ctx).relations.map((r) => `${r.type} ${r.target}`)).toContain('NOTES Document:A/80/62-E/2025/12');
  });

  it('guard: another subject printed after the same footnoted report keeps its own key', () => {
    const ctx: RecognizeContext = { ...GA };
    footnoted(ctx);
    const text = 'Notes the report of the Secretary-General on the progress made in the implementation of the outcomes of the World Summit for Social Development;';
    expect(op(ctx, text).mentions.filter((m) => m.kind === 'Document').map((m) => m.key)).not.toContain('Document:A/80/62-E/2025/12');
  });
});

describe('"the high-level meeting of the General Assembly" printed without its topic is the one the resolution named last by its topic', () => {
  const op = (ctx: RecognizeContext, text: string, id = 'OP2', kind: 'operative' | 'preambular' = 'operative') =>
    extractParagraph({ id, kind, text, footnoteRefs: [], subparagraphs: [] }, ctx);
  const events = (x: ReturnType<typeof op>) => x.mentions.filter((m) => m.kind === 'Event').map((m) => m.key);

  it('A/RES/79/288 OP2: "the theme of the high-level meeting of the General Assembly will be ..." after OP1 named the meeting on the thirtieth anniversary of the Fourth World Conference on Women', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/288', date: '2025-03-27' };
    op(
      ctx,
      'Decides that the one-day high-level meeting of the General Assembly on the thirtieth anniversary of the Fourth World Conference on Women shall be held in New York on Monday, 22 September 2025, during the eightieth session of the General Assembly, from 10 a.m. to 8 p.m., and consist of an opening segment, a plenary segment for general discussion and a closing segment;',
      'OP1',
    );
    const x = op(ctx, 'Also decides that the theme of the high-level meeting of the General Assembly will be “Recommitting to, resourcing and accelerating the implementation of the Beijing Declaration and Platform for Action to achieve gender equality and the empowerment of all women and girls” and that this meeting will highlight achievements, best practices, gaps and challenges;');
    // (the paragraph's key; the graph names it "high-level meeting on the thirtieth anniversary ..." as other texts do)
    expect(events(x)).toEqual(['Event:high-level meeting of the General Assembly on the thirtieth anniversary of the Fourth World Conference on Women']);
    expect(events(x).filter((k) => k.includes('(A/RES/79/288)'))).toEqual([]);
  });

  it('A/RES/80/118 OP64: "the preparatory process of the high-level meeting of the General Assembly" after OP63 named the high-level overall review', () => {
    const ctx: RecognizeContext = { ...GA };
    op(ctx, 'Takes note of the report of the Commission on Science and Technology for Development on its twenty-eighth session, as a major input to the preparatory process of the high-level overall review of the implementation of the outcomes of the World Summit;', 'OP63');
    const x = op(
      ctx,
      'Notes the report prepared by the secretariat of the United Nations Conference on Trade and Development entitled Implementing World Summit on the Information Society Outcomes: A Twenty-Year Review, which was the basis for the substantive discussion at the twenty-eighth session of the Commission and an important input to the preparatory process of the high-level meeting of the General Assembly;',
      'OP64',
    );
    expect(x.relations.map((r) => `${r.type} ${r.target}`)).toContain(`NOTES ${WSIS_REVIEW_2025}`);
  });

  it('guard: "a two-day high-level meeting of the General Assembly" is a new one, keyed with the resolution (A/RES/79/277 OP1 after PP2 named the 2015 meeting)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/277', date: '2025-03-25' };
    op(ctx, 'Recalling also the outcome document of the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society, held in New York on 15 and 16 December 2015,', 'PP2', 'preambular');
    const x = op(ctx, 'Decides that the overall review will be concluded by a two-day high-level meeting of the General Assembly, to be preceded by an intergovernmental preparatory process;', 'OP1');
    expect(events(x)).toEqual(['Event:high-level meeting of the General Assembly (A/RES/79/277)']);
  });

  it('guard: "the high-level meeting of the General Assembly" after only a past one was named is not that past meeting (A/RES/79/277)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/277', date: '2025-03-25' };
    op(ctx, 'Recalling also the outcome document of the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society, held in New York on 15 and 16 December 2015,', 'PP2', 'preambular');
    const x = op(ctx, 'Decides that the preparatory process of the high-level meeting of the General Assembly shall be inclusive;', 'OP6');
    expect(events(x)).toEqual(['Event:high-level meeting of the General Assembly (A/RES/79/277)']);
  });
});

describe('a working group "of" a body is PART_OF it', () => {
  it('A/RES/80/118 PP36: "the progress report of the Working Group on the Digital Gender Divide of the Broadband Commission for Sustainable Development"', () => {
    const text =
      'Recalling the recommendations for actions in bridging the gender digital divide contained in the progress report of the Working Group on the Digital Gender Divide of the Broadband Commission for Sustainable Development,';
    expect(attributions(text, 'preambular', { ...GA })).toContain('PART_OF Organization:Working Group on the Digital Gender Divide -> Organization:Broadband Commission for Sustainable Development');
  });

  it('A/RES/78/202 OP19: "the Working Group on the Right to Development of the Human Rights Council"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/202', date: '2023-12-19' };
    const text = 'Welcomes the work of the Working Group on the Right to Development of the Human Rights Council;';
    expect(attributions(text, 'operative', ctx)).toContain('PART_OF Organization:Working Group on the Right to Development -> Organization:Human Rights Council');
  });

  it('guard: a working group named beside a body, not "of" it, is no part of it ("the Working Group on Enhanced Cooperation, established by the Chair of the Commission", A/RES/80/118 OP38)', () => {
    const text =
      'Notes the work of the Working Group on Enhanced Cooperation, established by the Chair of the Commission on Science and Technology for Development as requested by the General Assembly in its resolution 70/125;';
    expect(attributions(text, 'operative', { ...GA }).filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });
});

describe('a report cited by its subject, with its author after ", prepared by the"', () => {
  const BROADBAND = 'Document:report on the economic impact of broadband in the least developed countries, landlocked developing countries and small island developing states';

  it('A/RES/80/118 PP18: "the report on the economic impact of broadband in the least developed countries, ..., jointly prepared by the Office of the High Representative ... and the International Telecommunication Union"', () => {
    const text =
      'Recalling the report on the economic impact of broadband in the least developed countries, landlocked developing countries and small island developing States, jointly prepared by the Office of the High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States and the International Telecommunication Union, as well as the United Nations E-Government Survey prepared by the Department of Economic and Social Affairs of the Secretariat,';
    expect(keys(text, 'Document:', 'preambular', { ...GA })).toEqual([BROADBAND]);
    expect(relations(text, 'preambular', { ...GA })).toContain(`RECALLS ${BROADBAND}`);
    expect(relations(text, 'preambular', { ...GA })).toContain('RECALLS Organization:International Telecommunication Union');
  });

  it('guard: the Secretary-General\'s report "prepared by the Secretary-General" is not keyed so (A/RES/78/16 OP1)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/16', date: '2023-12-04' };
    const text =
      'Welcomes the report on the proposal for a United Nations programme of action to advance responsible State behaviour in the use of information and communications technologies in the context of international security, prepared by the Secretary-General on the basis of the views expressed by States;';
    expect(keys(text, 'Document:report on', 'operative', ctx)).toEqual([]);
  });
});
