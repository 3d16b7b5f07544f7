// Session-61 audit aud61n: faults found annotating A/RES/79/165 (Human rights treaty body system) and A/RES/79/179 (Moratorium on
// the use of the death penalty). Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence
// that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractParagraph } from '../../ingest/extract.js';

const GA79_165: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/165', date: '2024-12-17' };

/** One paragraph with footnote marks at the places `after` (each the mark's own text, first printed there): its dates. */
function datesWithMarks(id: string, text: string, marks: { mark: string; after: string }[], ctx: RecognizeContext): string[] {
  const footnoteRefs = marks.map(({ mark, after }) => ({ mark, offset: text.indexOf(after) + after.length - mark.length, footnote: { mark, text: 'A/78/18.' } }));
  const x = extractParagraph({ id, kind: id.startsWith('OP') ? 'operative' : 'preambular', text, footnoteRefs, subparagraphs: [] }, ctx);
  return x.mentions.filter((m) => m.kind === 'Date').map((m) => m.key);
}

describe('item 1: years listed before "sessions" each name a session ("at its 2023 and 2024 sessions")', () => {
  it('A/RES/79/165 OP2: "to the Economic and Social Council at its 202316 and 2024 sessions;17": 2023 and 2024', () => {
    const text =
      'Welcomes the annual reports of the human rights treaty bodies submitted to the General Assembly at its seventy-eighth14 and seventy-ninth15 sessions and to the Economic and Social Council at its 202316 and 2024 sessions;17';
    const marks = [
      { mark: '14', after: 'seventy-eighth14' },
      { mark: '15', after: 'seventy-ninth15' },
      { mark: '16', after: '202316' },
      { mark: '17', after: 'sessions;17' },
    ];
    const dates = datesWithMarks('OP2', text, marks, GA79_165);
    expect(dates).toContain('Date:2023');
    expect(dates).toContain('Date:2024');
  });

  it('A/RES/79/41 (preamble, the sentence cut): "the reflections by the Chair of the 2023 and 2024 sessions of the Preparatory Committee": 2023 and 2024', () => {
    const text =
      'Noting the working paper from the Chair of the working group, the Chair’s summary of the 2024 session of the Preparatory Committee, and the reflections by the Chair of the 2023 and 2024 sessions of the Preparatory Committee on potential areas for focused discussions,';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/41', date: '2024-12-02' };
    const dates = datesWithMarks('PP9', text, [], ctx);
    expect(dates).toContain('Date:2023');
    expect(dates).toContain('Date:2024');
  });

  it('guard: years listed before another noun name it, no date ("the 2014 and 2018 visiting missions", A/RES/78/94; "the 2023 and 2024 special reports", 79/205)', () => {
    const missions = datesWithMarks('OP1', 'Welcomes the work of the Special Committee relating to New Caledonia, including its facilitation of the 2014 and 2018 visiting missions;', [], GA79_165);
    expect(missions).not.toContain('Date:2014');
    const reports = datesWithMarks('PP20', 'Recalling the findings contained in the Global Sustainable Development Report and the 2023 and 2024 special reports of the Global Assessment Report on Disaster Risk Reduction,', [], GA79_165);
    expect(reports).not.toContain('Date:2023');
  });

  it('guard: "the 2020 report" names a report, no date (A/RES/79/165 PP9)', () => {
    const text =
      'Welcoming the ongoing process of the consideration of the state of the human rights treaty body system, and noting the 2020 report on the process co-facilitated by Morocco and Switzerland,11';
    expect(datesWithMarks('PP9', text, [{ mark: '11', after: 'Switzerland,11' }], GA79_165)).toEqual([]);
  });
});
