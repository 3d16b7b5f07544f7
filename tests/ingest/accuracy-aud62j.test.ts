// Session-62 audit aud62j: faults found annotating A/RES/79/232 (request for an advisory opinion of the International Court of
// Justice on the obligations of Israel in relation to the presence and activities of the United Nations). Each case quotes the
// file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { relations, keys } = oneParagraph({ ctx: ctxOf('A/RES/79/232', '2024-12-19'), kind: 'preambular' });

const ASSEMBLY = 'Organization:General Assembly';
const KNESSET = 'Organization:Knesset';
const UNRWA = 'Organization:United Nations Relief and Works Agency for Palestine Refugees in the Near East';
const REVIEW = 'Initiative:Independent Review of Mechanisms and Procedures to Ensure Adherence by UNRWA to the Humanitarian Principle of Neutrality';

describe('item 1: "which the General Assembly may be able to provide": the Assembly as the subject of its own act, no target', () => {
  it('A/RES/79/232 PP4: "any guidance and support which the General Assembly may be able to provide at this critical juncture"', () => {
    const text =
      'Acknowledging, moreover, the statement by the Secretary-General, in his letter, that he would be grateful for any guidance and support which the General Assembly may be able to provide at this critical juncture in the history of the United Nations Relief and Works Agency for Palestine Refugees in the Near East,';
    const rel = relations(text);
    expect(rel).not.toContain(`ACKNOWLEDGES ${ASSEMBLY}`);
    expect(rel).toContain('ACKNOWLEDGES Organization:Secretary-General of the United Nations');
    expect(rel).toContain(`ACKNOWLEDGES ${UNRWA}`);
    // (the paragraph still mentions it)
    expect(keys(text, ASSEMBLY)).toEqual([ASSEMBLY]);
  });

  it('guard: A/RES/79/232 PP5 "has again brought the situation to the attention of the General Assembly and the Security Council" keeps the recipient', () => {
    const rel = relations('Having noted that the Secretary-General, in a letter dated 9 December 2024, has again brought the situation to the attention of the General Assembly and the Security Council,');
    expect(rel).toContain(`NOTES ${ASSEMBLY}`);
    expect(rel).toContain('NOTES Organization:Security Council');
  });

  it('guard: "(b) Enhance ways in which the General Assembly can contribute" (after a preposition) is not the object form', () => {
    const rel = relations('Stressing the need to enhance ways in which the General Assembly can contribute to the maintenance of international peace and security,');
    expect(rel).toContain(`EMPHASIZES ${ASSEMBLY}`);
  });
});

describe('item 2: the Knesset is a body', () => {
  it('A/RES/79/232 PP16: "in which they expressed their grave concern over legislation adopted by the Knesset"', () => {
    const rel = relations(
      'Taking note of the press statement of 30 October 2024 of the members of the Security Council on the United Nations Relief and Works Agency for Palestine Refugees in the Near East, in which they expressed their grave concern over legislation adopted by the Knesset and demanded that all parties enable the Agency to carry out its mandate,',
    );
    expect(rel).toContain(`NOTES ${KNESSET}`);
    expect(rel).toContain(`NOTES ${UNRWA}`);
  });

  it('A/RES/80/77 OP12: "Deplores the legislation adopted by the Israeli Knesset on 28 October 2024"', () => {
    const text = 'Deplores the legislation adopted by the Israeli Knesset on 28 October 2024 and enacted as of January 2025, and calls upon the Israeli Government to abide by its international obligations,';
    expect(keys(text, KNESSET, 'operative', ctxOf('A/RES/80/77', '2025-12-05'))).toEqual([KNESSET]);
  });
});

describe('item 3: the Independent Review of UNRWA\'s neutrality (the Colonna Report) is one Initiative', () => {
  it('A/RES/79/232 OP5: "the Independent Review of Mechanisms ... of Neutrality (Colonna Report)": one node, UNRWA inside its name no target', () => {
    const text =
      'Expresses its appreciation for the work of the United Nations Relief and Works Agency for Palestine Refugees in the Near East, calls upon the Agency to fully implement its high-level action plan for the implementation of the 50 recommendations of the Independent Review of Mechanisms and Procedures to Ensure Adherence by UNRWA to the Humanitarian Principle of Neutrality (Colonna Report), and welcomes the commitment affirmed by the Secretary-General and the Agency that they will fully implement the recommendations;';
    const rel = relations(text, 'operative');
    expect(rel).toContain(`CALLS_UPON ${REVIEW}`);
    expect(rel).toContain(`CALLS_UPON ${UNRWA}`);
    expect(rel.filter((r) => r.includes('Colonna'))).toEqual([]);
  });

  it('A/RES/80/77 PP25: "Recalling the Independent Review of Mechanisms ... of Neutrality, led by Catherine Colonna, and its findings"', () => {
    const rel = relations(
      'Recalling the Independent Review of Mechanisms and Procedures to Ensure Adherence by UNRWA to the Humanitarian Principle of Neutrality, led by Catherine Colonna, and its findings, welcoming the commitment affirmed by the Secretary-General and the Agency to fully implement its recommendations,',
      'preambular',
      ctxOf('A/RES/80/77', '2025-12-05'),
    );
    expect(rel).toContain(`RECALLS ${REVIEW}`);
    expect(rel).not.toContain(`RECALLS ${UNRWA}`);
  });

  it('A/RES/80/77 PP7: "the recommendations of the Colonna Report" alone is the same review', () => {
    const text = 'Welcoming the commitment and ongoing efforts of the Agency to implement the recommendations of the Colonna Report,';
    expect(keys(text, 'Initiative:', 'preambular', ctxOf('A/RES/80/77', '2025-12-05'))).toEqual([REVIEW]);
  });
});
