// Session-42 convention flip conv42a: a sitting whose owner is only named in its name is no ORGANIZES the text states.
// Audit: every ORGANIZES-building path of ingest/attributions.ts and ingest/extract.ts, classified; the ~3,750 ORGANIZES of
// the golden dump (seeds, corpus, corpus-ga) read by kind, against three hand annotations of the seed's genre (aud40h, aud41f,
// aud41i), which do not annotate the owner a session's name names. Fixed: the owner read from the sitting's name ("the
// twenty-sixth session of the Commission on ...", "the high-level meeting of the General Assembly on ...", "the eighteenth
// meeting of the Internet Governance Forum", "UNCTAD eWeek", "the Economic and Social Council forum on ...", "the high-level
// plenary meeting of the General Assembly known as ...", "the overall review by the General Assembly") is now SESSION_OF,
// from the sitting to the body, with the same phrase and span. Kept: ORGANIZES where the text states it ("organized by",
// "convened by", "jointly organized by", "under the auspices of", "the convening by X of", "requests X to convene"); added:
// "X shall/will convene <sitting>", which the name used to give.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA79: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/277', date: '2025-03-25' };
const { attributions } = oneParagraph({ ctx: GA79, kind: 'preambular' });
const ctx = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });

const GA = 'Organization:General Assembly';
const CSTD = 'Organization:Commission on Science and Technology for Development';
const IGF = 'Organization:Internet Governance Forum';
const UNCTAD = 'Organization:United Nations Conference on Trade and Development';
const UNESCO = 'Organization:United Nations Educational, Scientific and Cultural Organization';
const PGA = 'Organization:President of the General Assembly';
const HLM_2025 = 'Event:high-level meeting on the overall review of the implementation of the outcomes of the World Summit on the Information Society @ 2025';
const organizes = (atts: string[]) => atts.filter((a) => a.startsWith('ORGANIZES '));

describe('the owner a sitting is named by: SESSION_OF, no ORGANIZES', () => {
  it('A/RES/79/277 PP7: "should submit after its twenty-eighth session ... its report" (the Commission on Science and Technology for Development named before): the session is the Commission\'s', () => {
    const text =
      'Noting that the Commission on Science and Technology for Development should submit after its twenty-eighth session, by June 2025, its report on the 20-year review of progress made in the implementation of the outcomes of the World Summit on the Information Society, through the Economic and Social Council, to the General Assembly,';
    const atts = attributions(text);
    expect(atts).toContain(`SESSION_OF Event:twenty-eighth session of the Commission on Science and Technology for Development -> ${CSTD}`);
    expect(organizes(atts)).toEqual([]);
  });

  it('A/RES/79/277 OP1: "concluded by a two-day high-level meeting of the General Assembly": the meeting is the Assembly\'s, no ORGANIZES', () => {
    const text =
      'Decides that the overall review will be concluded by a two-day high-level meeting of the General Assembly, to be preceded by an intergovernmental preparatory process that also takes into account inputs from all relevant stakeholders of the World Summit on the Information Society;';
    const atts = attributions(text, 'operative');
    // (out of its file the meeting is keyed by the resolution; in the file, the 2025 review meeting)
    expect(atts.filter((a) => a.startsWith('SESSION_OF Event:high-level meeting') && a.endsWith(` -> ${GA}`))).toHaveLength(1);
    expect(organizes(atts)).toEqual([]);
  });

  it('A/RES/78/132 PP43: "the meetings of the Internet Governance Forum, most recently held in Kyoto, Japan, in 2023": SESSION_OF the Forum, the host countries\' efforts name no organizer', () => {
    const text =
      'Recalling the efforts undertaken by the host countries in organizing the meetings of the Internet Governance Forum, most recently held in Kyoto, Japan, in 2023, and taking note of the meeting to be held in Saudi Arabia in 2024,';
    const atts = attributions(text, 'preambular', ctx('A/RES/78/132', '2023-12-22'));
    expect(atts).toContain(`SESSION_OF Event:eighteenth meeting of the Internet Governance Forum -> ${IGF}`);
    expect(organizes(atts)).toEqual([]);
  });

  it('A/RES/78/132 PP26: "the holding of the United Nations Conference on Trade and Development eWeek 2023": the week is UNCTAD\'s (SESSION_OF), and still part of the series', () => {
    const text =
      'Noting also the holding of the United Nations Conference on Trade and Development eWeek 2023, under the theme “Shaping the future of the digital economy”, from 4 to 8 December 2023 in Geneva,';
    const atts = attributions(text, 'preambular', ctx('A/RES/78/132', '2023-12-22'));
    expect(atts).toContain(`SESSION_OF Event:United Nations Conference on Trade and Development eWeek @ 2023 -> ${UNCTAD}`);
    expect(organizes(atts)).toEqual([]);
  });

  it('A/RES/78/141 PP17: "the outcome document of the 2023 Economic and Social Council forum on financing for development follow-up": the body printed before the forum\'s name, SESSION_OF', () => {
    const text =
      'Noting also the work of the United Nations in the area of investments for sustainable development, and taking note of the World Investment Report 2023 and the SDG Investment Trends Monitor of the United Nations Conference on Trade and Development, the Financing for Sustainable Development Report 2023, the Sustainable Development Goals Report 2023 and the outcome document of the 2023 Economic and Social Council forum on financing for development follow-up,';
    const atts = attributions(text, 'preambular', ctx('A/RES/78/141', '2023-12-19'));
    expect(atts).toContain('SESSION_OF Event:forum on financing for development follow-up @ 2023 -> Organization:Economic and Social Council');
    expect(organizes(atts)).toEqual([]);
  });

  it('A/RES/80/207 PP13: "the high-level plenary meeting of the General Assembly known as the World Conference on Indigenous Peoples": SESSION_OF the Assembly', () => {
    const text =
      'Recalling the high-level plenary meeting of the General Assembly known as the World Conference on Indigenous Peoples and its outcome document, as well as the convening of the twenty-fourth session of the Permanent Forum on Indigenous Issues and the fourth session of the Permanent Forum on People of African Descent,';
    const atts = attributions(text, 'preambular', ctx('A/RES/80/207', '2025-12-15'));
    expect(atts).toContain(`SESSION_OF Event:World Conference on Indigenous Peoples @ 2014 -> ${GA}`);
    expect(atts).toContain('SESSION_OF Event:twenty-fourth session of the Permanent Forum on Indigenous Issues -> Organization:Permanent Forum on Indigenous Issues');
    expect(organizes(atts)).toEqual([]);
  });

  it('A/RES/78/228 PP22: "the convening of the fourth meeting of the Coordination Group": SESSION_OF the group the paragraph names in full', () => {
    const text =
      'Taking note with appreciation also of the work of the 2022 Co-Chairs of the Inter-Agency Coordination Group, the International Centre for Migration Policy Development and the United Nations Office on Drugs and Crime, including the convening of the fourth meeting of the Coordination Group at the level of principals of the relevant United Nations agencies and organizations,';
    const atts = attributions(text, 'preambular', ctx('A/RES/78/228', '2023-12-22'));
    expect(atts).toContain('SESSION_OF Event:fourth meeting of the Inter-Agency Coordination Group -> Organization:Inter-Agency Coordination Group');
    expect(organizes(atts)).toEqual([]);
  });

  it('A/RES/78/265 OP12 "the overall review by the General Assembly, in 2025, of the progress made since the World Summit": the review is the Assembly\'s sitting (SESSION_OF), as in 79/277 PP4 and OP4', () => {
    const text = 'Looks forward also to the overall review by the General Assembly, in 2025, of the progress made since the World Summit on the Information Society;';
    const atts = attributions(text, 'operative', ctx('A/RES/78/265', '2024-03-21'));
    expect(atts).toContain(`SESSION_OF ${HLM_2025} -> ${GA}`);
    expect(organizes(atts)).toEqual([]);
  });
});

describe('guards: the organizer the text states keeps ORGANIZES', () => {
  it('guard: A/RES/80/141 PP17 "the World Conference on Education for Sustainable Development, organized by the Government of Japan and the United Nations Educational, Scientific and Cultural Organization": ORGANIZES UNESCO', () => {
    const text =
      'Acknowledging the importance of education for achieving sustainable development, including in the context of the 2030 Agenda, and building on the World Conference on Education for Sustainable Development, organized by the Government of Japan and the United Nations Educational, Scientific and Cultural Organization, held in Aichi-Nagoya, Japan, in 2014,';
    const atts = attributions(text, 'preambular', ctx('A/RES/80/141', '2025-12-15'));
    expect(atts.some((a) => a.startsWith(`ORGANIZES ${UNESCO} -> Event:World Conference on Education for Sustainable Development`))).toBe(true);
    expect(atts.filter((a) => a.startsWith('SESSION_OF'))).toEqual([]);
  });

  it('guard: A/RES/78/269 PP7 "the High-level Interactive Dialogue on Antimicrobial Resistance, convened by the President of the General Assembly in 2021": ORGANIZES the President', () => {
    const text =
      'Taking note also of the High-level Interactive Dialogue on Antimicrobial Resistance, convened by the President of the General Assembly in 2021, and of the Call to Action on Antimicrobial Resistance – 2021,';
    const atts = attributions(text, 'preambular', ctx('A/RES/78/269', '2023-12-22'));
    expect(atts).toContain(`ORGANIZES ${PGA} -> Event:High-level Interactive Dialogue on Antimicrobial Resistance @ 2021`);
  });

  it('guard: A/RES/78/132 PP21 "the World Summit on the Information Society Forum, jointly organized annually by the International Telecommunication Union, ...": the four organizers', () => {
    const text =
      'Noting the holding of the World Summit on the Information Society Forum, jointly organized annually by the International Telecommunication Union, the United Nations Conference on Trade and Development, the United Nations Educational, Scientific and Cultural Organization and the United Nations Development Programme, and noting also the virtual holding of the World Summit on the Information Society Forum from 13 to 17 March 2023,';
    const atts = attributions(text, 'preambular', ctx('A/RES/78/132', '2023-12-22'));
    expect(organizes(atts)).toHaveLength(4);
    expect(atts).toContain(`ORGANIZES ${UNCTAD} -> Event:World Summit on the Information Society Forum`);
  });


  it('guard: A/RES/78/62 OP8 "Requests the Disarmament Commission to hold a substantive session": the body asked to hold it organizes it, and the session is its own', () => {
    const text =
      'Requests the Disarmament Commission to hold a substantive session for a period not exceeding three weeks during 2024, namely from 1 to 19 April, and an organizational session at the beginning of 2024 before the substantive session, to elect its Bureau and address other outstanding organizational matters;';
    const atts = attributions(text, 'operative', ctx('A/RES/78/62', '2023-12-04'));
    expect(atts).toContain('ORGANIZES Organization:Disarmament Commission -> Event:2024 session of the Disarmament Commission');
    expect(atts).toContain('SESSION_OF Event:2024 session of the Disarmament Commission -> Organization:Disarmament Commission');
  });

  it('A/RES/80/173 OP125: "the General Assembly will convene, during its eighty-second session in 2027, a high-level meeting to review progress ...": the text states who convenes it', () => {
    const text =
      'We recall that the General Assembly will convene, during its eighty-second session in 2027, a high-level meeting to review progress in the implementation of the Global Digital Compact, on the basis of the progress report of the Secretary-General.';
    const atts = attributions(text, 'operative', ctx('A/RES/80/173', '2025-12-17'));
    expect(atts).toContain(`ORGANIZES ${GA} -> Event:high-level meeting to review progress in the implementation of the Global Digital Compact`);
  });

  it('guard: A/RES/79/170 OP51 "Decides to convene a one-day high-level segment of the General Assembly, ...": no body states it will convene, only the segment\'s SESSION_OF', () => {
    const text =
      'Decides to convene a one-day high-level segment of the General Assembly, in the margins of the general debate of the Assembly at its eighty-first session, in order to commemorate the fortieth anniversary of the Declaration on the Right to Development;';
    const atts = attributions(text, 'operative', ctx('A/RES/79/170', '2024-12-17'));
    expect(organizes(atts)).toEqual([]);
    expect(atts.some((a) => a.startsWith('SESSION_OF Event:high-level segment of the General Assembly') && a.endsWith(` -> ${GA}`))).toBe(true);
  });
});
