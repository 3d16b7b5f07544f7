// Misses found by the session-30 audit aud30d: A/RES/80/20, 78/34, 78/81, 79/237, 79/89, 80/246, 78/9, 78/110, 80/189 and
// 78/329, and the same forms in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/20', date: '2025-12-01' };

const { keys, relations } = oneParagraph({ ctx: GA, kind: 'preambular' });

const ASSEMBLY = 'Organization:General Assembly';

describe('the General Assembly named as the actor ("adopted by the General Assembly", "in which the General Assembly ...") gets no verb edge', () => {
  it('A/RES/80/20 PP13: "Noting the establishment by the General Assembly in its decision 79/512 ... of an open-ended working group"', () => {
    const text =
      'Noting the establishment by the General Assembly in its decision 79/512 of 2 December 2024 of an open-ended working group and the sessions held by the group, and welcoming the adoption by consensus by the group of the agenda and the indicative timetable for 2025–2028 and the beginning of its substantive work,';
    const r = relations(text);
    expect(r).not.toContain(`NOTES ${ASSEMBLY}`);
    expect(r).toContain('NOTES Resolution:A/DEC/79/512');
    // the paragraph still mentions it
    expect(keys(text, ASSEMBLY)).toEqual([ASSEMBLY]);
  });

  it('A/RES/78/34 PP4: "including the first resolution adopted by the General Assembly, on 24 January 1946"', () => {
    const text =
      'Recalling that concern about the humanitarian consequences of nuclear weapons has been reflected in numerous United Nations resolutions, including the first resolution adopted by the General Assembly, on 24 January 1946,';
    expect(relations(text, 'preambular', { ...GA, symbol: 'A/RES/78/34', date: '2023-12-04' })).not.toContain(`RECALLS ${ASSEMBLY}`);
  });

  it('A/RES/80/246 OP2, OP6: "the scale of assessments adopted by the General Assembly", "the conditions approved by the General Assembly in its resolution 1341 (XIII)"', () => {
    const ctx = { ...GA, symbol: 'A/RES/80/246', date: '2025-12-30' };
    const op2 =
      'Member States shall make advances to the Working Capital Fund in accordance with the scale of assessments adopted by the General Assembly for contributions of Member States to the budget for 2026;';
    expect(relations(`Decides that ${op2}`, 'operative', { ...ctx })).toEqual(['DECIDES Organization:Working Capital Fund']);
    const op6 =
      'Decides that the Secretary-General is authorized to utilize, in 2026, cash from special funds and accounts in his custody, under the conditions approved by the General Assembly in its resolution 1341 (XIII) of 13 December 1958, or the proceeds of loans authorized by the Assembly.';
    const r = relations(op6, 'operative', { ...ctx });
    expect(r).not.toContain(`DECIDES ${ASSEMBLY}`);
    expect(r).toContain('DECIDES Resolution:A/RES/1341(XIII)');
  });

  it('A/RES/79/177 PP4: "the Paris Principles), welcomed by the General Assembly in its resolution 48/134" (the settled example)', () => {
    const text =
      'Recalling the principles relating to the status of national institutions for the promotion and protection of human rights (the Paris Principles), welcomed by the General Assembly in its resolution 48/134 of 20 December 1993,';
    const r = relations(text, 'preambular', { ...GA, symbol: 'A/RES/79/177', date: '2024-12-17' });
    expect(r).not.toContain(`RECALLS ${ASSEMBLY}`);
    expect(r).toEqual(expect.arrayContaining(['RECALLS Framework:Paris Principles', 'RECALLS Resolution:A/RES/48/134']));
  });

  it('A/RES/80/113 PP12: "resolution 71/1 of 19 September 2016, in which the General Assembly adopted the New York Declaration"', () => {
    const text =
      'Noting the adoption of its resolution 71/1 of 19 September 2016, in which the General Assembly adopted the New York Declaration for Refugees and Migrants,';
    expect(relations(text, 'preambular', { ...GA, symbol: 'A/RES/80/113', date: '2025-12-15' })).not.toContain(`NOTES ${ASSEMBLY}`);
  });

  it('A/RES/80/12 PP13: "Recalling that, in its resolution 66/20, the General Assembly recommended that ..."', () => {
    const text =
      'Recalling that, in its resolution 66/20, the General Assembly recommended that, for the purpose of reviewing the implementation of the Convention, the Conference should meet regularly,';
    const r = relations(text, 'preambular', { ...GA, symbol: 'A/RES/80/12', date: '2025-12-01' });
    expect(r).not.toContain(`RECALLS ${ASSEMBLY}`);
    expect(r).toContain('RECALLS Resolution:A/RES/66/20');
  });

  it('guard: the Assembly as the addressee of a report keeps its edge (A/RES/79/89 OP6: "to report to the General Assembly at its eightieth session")', () => {
    const text = 'Requests the Secretary-General to report to the General Assembly at its eightieth session on the implementation of the present resolution.';
    expect(relations(text, 'operative', { ...GA, symbol: 'A/RES/79/89', date: '2024-12-04' })).toContain(`REQUESTS ${ASSEMBLY}`);
  });

  it('guard: "keep the General Assembly informed" (A/RES/80/77 OP37) and "in the plenary of the General Assembly" (A/RES/78/329 OP1) keep theirs', () => {
    expect(relations('Requests it to continue its efforts and to keep the General Assembly informed of its activities;', 'operative')).toContain(`REQUESTS ${ASSEMBLY}`);
    const op1 =
      'Decides to biennialize the consideration of the agenda item in the plenary of the General Assembly as of its seventy-ninth session.';
    expect(relations(op1, 'operative', { ...GA, symbol: 'A/RES/78/329', date: '2024-09-06' })).toContain(`DECIDES ${ASSEMBLY}`);
  });

  it('guard: another body as actor is left as before ("endorsed by the Human Rights Council in its resolution 17/4")', () => {
    const text =
      'Recalling the Guiding Principles on Business and Human Rights, endorsed by the Human Rights Council in its resolution 17/4 of 16 June 2011,';
    expect(relations(text)).toContain('RECALLS Organization:Human Rights Council');
  });
});
