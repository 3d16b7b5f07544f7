// Session-36 audit aud36b (event nodes): a body's meetings listed by their days ("the meetings of the Security Council on
// ..., held on 18 July 2023, ... and 24 September 2025", "the joint ad hoc meetings of the First and Fourth Committees, held
// on ..., on possible challenges to ...") are one meeting per day, each dated, keyed by its day and organized by the body (or
// both bodies of a joint one). Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { gaResolution, graphOf, para } from '../helpers/graph-of.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/58', date: '2025-12-01' };
const { keys, attributions } = oneParagraph({ ctx: GA80, kind: 'preambular' });

describe("a body's meetings listed by their days: one meeting per day", () => {
  const SC_AI = 'Event:meeting of the Security Council on artificial intelligence and international peace and security';
  const pp16 =
    'Taking note of the discussions currently taking place in the Disarmament Commission on recommendations on common understandings related to emerging technologies in the context of international security and in the Conference on Disarmament, and noting also the meetings of the Security Council on artificial intelligence and international peace and security, held on 18 July 2023, 19 December 2024, 4 April 2025 and 24 September 2025,';

  it('A/RES/80/58 PP16: "the meetings of the Security Council on artificial intelligence ..., held on 18 July 2023, 19 December 2024, 4 April 2025 and 24 September 2025": four meetings, keyed by their days (the two of 2025 apart), each of the Council', () => {
    const days = ['2023-07-18', '2024-12-19', '2025-04-04', '2025-09-24'];
    expect([...new Set(keys(pp16, 'Event:'))].sort()).toEqual(days.map((d) => `${SC_AI} @ ${d}`));
    const attr = attributions(pp16);
    for (const d of days) {
      expect(attr).toContain(`STARTS_ON ${SC_AI} @ ${d} -> Date:${d}`);
      // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
      expect(attr).toContain(`SESSION_OF ${SC_AI} @ ${d} -> Organization:Security Council`);
    }
  });

  const JOINT = 'Event:joint ad hoc meeting of the First Committee and the Special Political and Decolonization Committee on possible challenges to space security and sustainability';
  it('A/RES/78/52 OP7 (79/51, 80/44): "the joint ad hoc meetings of the First and Fourth Committees, held on 22 October 2015, ... and 27 October 2022, on possible challenges to space security and sustainability": four meetings, each organized by both Committees', () => {
    const op7 =
      'Welcomes the joint ad hoc meetings of the First and Fourth Committees, held on 22 October 2015, 12 October 2017, 31 October 2019 and 27 October 2022, on possible challenges to space security and sustainability, convened in accordance with the report of the Group of Governmental Experts on Transparency and Confidence-Building Measures in Outer Space Activities and its resolutions 69/38, 71/90, 73/72, 73/91 of 7 December 2018 and 76/55, and the substantive exchanges of opinions on various aspects of security in outer space that took place during the meetings;';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/52', date: '2023-12-04' };
    const days = ['2015-10-22', '2017-10-12', '2019-10-31', '2022-10-27'];
    expect([...new Set(keys(op7, 'Event:', 'operative', ctx))].sort()).toEqual(days.map((d) => `${JOINT} @ ${d}`));
    const attr = attributions(op7, 'operative', ctx);
    for (const d of days) {
      expect(attr).toContain(`STARTS_ON ${JOINT} @ ${d} -> Date:${d}`);
      // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
      expect(attr).toContain(`SESSION_OF ${JOINT} @ ${d} -> Organization:First Committee`);
      // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
      expect(attr).toContain(`SESSION_OF ${JOINT} @ ${d} -> Organization:Special Political and Decolonization Committee`);
    }
    // (no body named "First Committee and the Special Political ...")
    // (conv42a: no owner of that name, as ORGANIZES's source or SESSION_OF's target)
    expect(attr.filter((a) => a.includes('Organization:First Committee and'))).toEqual([]);
  });

  it('guard: "the meetings of the Security Council on ..." with no days listed names no meeting (which ones is not said)', () => {
    const text = 'Noting the meetings of the Security Council on artificial intelligence and international peace and security,';
    expect(keys(text, 'Event:')).toEqual([]);
  });

  it('A/RES/79/239 PP16 "the meeting of the United Nations Security Council on artificial intelligence: ..., held on 18 July 2023": one meeting, now keyed by its day (was its year)', () => {
    const text =
      'Noting the meeting of the United Nations Security Council on artificial intelligence: opportunities and risks for international peace and security, held on 18 July 2023,';
    expect(keys(text, 'Event:')).toEqual(['Event:meeting of the Security Council on artificial intelligence: opportunities and risks for international peace and security @ 2023-07-18']);
  });

  it('guard: "the high-level meetings on universal health coverage, held in New York on 23 September 2019 and 21 September 2023" (A/RES/80/176 PP12): keyed by their years, as before', () => {
    const text = 'Recalling the high-level meetings on universal health coverage, held in New York on 23 September 2019 and 21 September 2023,';
    expect([...new Set(keys(text, 'Event:'))].sort()).toEqual(['Event:high-level meeting on universal health coverage @ 2019', 'Event:high-level meeting on universal health coverage @ 2023']);
  });
});

describe('a long known sitting name printed with one letter misprinted', () => {
  const GA80_135: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/135', date: '2025-12-15' };
  const pp16 = (objectives: string): string =>
    `Welcoming also the convening of the United Nations Conference on the Midterm Comprehensive Review of the Implementation of the ${objectives} of the International Decade for Action, “Water for Sustainable Development” 2018–2028 in New York from 22 to 24 March 2023, and looking forward to the 2026 United Nations Water Conference,`;

  it('A/RES/80/135 PP16: "the United Nations Conference on the Midterm Comprehensive Review of the Implementation of the Oboectives of the International Decade ... 2018–2028" (the PDF prints "j" as "o") is the 2023 United Nations Water Conference, not a conference "@ 2018"', () => {
    const text = pp16('Oboectives');
    const events = keys(text, 'Event:', 'preambular', GA80_135);
    expect(events).toContain('Event:United Nations Water Conference @ 2023');
    expect(events.filter((k) => k.includes('Oboectives'))).toEqual([]);
    expect(attributions(text, 'preambular', GA80_135)).toContain('HELD_IN Event:United Nations Water Conference @ 2023 -> Place:New York');
  });

  it('guard: two letters apart ("Oboectivez") is another name, not the Water Conference', () => {
    expect(keys(pp16('Oboectivez'), 'Event:', 'preambular', GA80_135)).not.toContain('Event:United Nations Water Conference @ 2023');
  });

  it('guard: a short name one letter apart is not read as a known one ("the Water Conferense")', () => {
    expect(keys('Recalling the United Nations Water Conferense,', 'Event:', 'preambular', GA80_135)).not.toContain('Event:United Nations Water Conference @ 2023');
  });
});

describe('a capitalised "High-Level Meeting on the Midterm Review of <framework>" is the meeting other texts print in lower case', () => {
  const SENDAI_HLM = 'Event:high-level meeting on the midterm review of the Sendai Framework for Disaster Risk Reduction 2015-2030';
  const GA78_162: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/162', date: '2023-12-19' };

  it('A/RES/78/162 PP6 (80/149 PP6): "the convening of the High-Level Meeting on the Midterm Review of the Sendai Framework" is the high-level meeting on the midterm review of the Sendai Framework for Disaster Risk Reduction 2015–2030 (A/RES/78/152 OP3), not an undated node of its own', () => {
    const text =
      'Reaffirming the Sendai Framework for Disaster Risk Reduction 2015–2030,3 and the convening of the High-Level Meeting on the Midterm Review of the Sendai Framework, noting the findings of the Global Assessment Report on Disaster Risk Reduction: Special Report on Drought 2021,';
    expect(keys(text, 'Event:', 'preambular', GA78_162)).toEqual([SENDAI_HLM]);
  });

  it('A/RES/78/152 OP3: the lowercase printing keys the same node (as before)', () => {
    const text = 'Welcomes the high-level meeting on the midterm review of the Sendai Framework on 18 and 19 May 2023,';
    expect(keys(text, 'Event:', 'operative', GA78_162)).toEqual([SENDAI_HLM]);
  });

  it('guard: "the High-Level Meeting on the Midterm Review of the Blue Harbour Partnership": no known framework reviewed, not renamed as a lowercase review meeting', () => {
    const text = 'Recalling the High-Level Meeting on the Midterm Review of the Blue Harbour Partnership,';
    expect(keys(text, 'Event:', 'preambular', GA78_162).filter((k) => k.startsWith('Event:high-level meeting on the midterm review'))).toEqual([]);
  });
});

describe("the day's sitting named short is the one named in full, the Assembly's form of it and its form without \"of the General Assembly\" being one", () => {
  const OP3_78_152 = 'Welcomes the high-level meeting on the midterm review of the Sendai Framework on 18 and 19 May 2023,';
  const PP11_78_153 =
    'Recognizing the high-level meeting of the General Assembly on the midterm review of the implementation of the Sendai Framework for Disaster Risk Reduction 2015–2030, held in New York on 18 and 19 May 2023,';
  const OP33_78_233 =
    'Welcomes the high-level meeting on the midterm review of the implementation of the Sendai Framework for Disaster Risk Reduction 2015–2030, held on 18 and 19 May 2023,';
  const midterm = (g: ReturnType<typeof graphOf>) => g.filterNodes((k) => k.startsWith('Event:') && k.includes('midterm review')).sort();

  it('A/RES/78/152 OP3 with 78/153 PP11 and a text naming it without "of the General Assembly": one meeting of 18 May 2023, not two', () => {
    const g = graphOf(
      gaResolution('A/RES/78/152', '2023-12-19', [para('OP3', OP3_78_152)]),
      gaResolution('A/RES/78/153', '2023-12-19', [para('PP11', PP11_78_153)]),
      gaResolution('A/RES/78/233', '2023-12-22', [para('OP33', OP33_78_233)]),
    );
    expect(midterm(g)).toEqual(['Event:high-level meeting on the midterm review of the implementation of the Sendai Framework for Disaster Risk Reduction 2015-2030']);
  });

  it('guard: the short name dated another day stays a sitting of its own', () => {
    const g = graphOf(
      gaResolution('A/RES/78/152', '2023-12-19', [para('OP3', OP3_78_152.replace('18 and 19 May', '20 and 21 May'))]),
      gaResolution('A/RES/78/153', '2023-12-19', [para('PP11', PP11_78_153)]),
      gaResolution('A/RES/78/233', '2023-12-22', [para('OP33', OP33_78_233)]),
    );
    expect(midterm(g)).toHaveLength(2);
  });
});
