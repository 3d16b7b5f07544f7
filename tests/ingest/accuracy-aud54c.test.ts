// Audit aud54c (session 54): faults found annotating A/RES/78/21, 80/44 (First Committee), 79/116 (Sixth Committee) and
// 79/135 (plenary) from their raw texts (tests/gold/aud54c-*.gold.tsv). Each case quotes the file and paragraph it comes
// from; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA80_44: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/44', date: '2025-12-01' };
const { relations, keys } = oneParagraph({ ctx: GA80_44, kind: 'operative' });
const ASSEMBLY = 'Organization:General Assembly';

/** one operative paragraph with one footnote marked right after `at`: its verb relations as 'TYPE target' */
function footnotedRelations(text: string, at: string, mark: string, footnote: string, ctx: RecognizeContext): string[] {
  const offset = text.indexOf(at) + at.length;
  const x = extractParagraph({ id: 'OP6', kind: 'operative', text, footnoteRefs: [{ mark, offset, footnote: { mark, text: footnote } }], subparagraphs: [] }, ctx);
  return x.relations.map((r) => `${r.type} ${r.target}`);
}

describe('the Assembly as agent of its own act: "considered by the General Assembly", "endorsed by the General Assembly;<its resolution>" give it no edge', () => {
  const GGE = 'Group of Governmental Experts on Transparency and Confidence-Building Measures in Outer Space Activities';

  it(`A/RES/80/44 OP1 (78/52, 79/51): "the report of the ${GGE}, considered by the General Assembly on 5 December 2013": no EMPHASIZES of the Assembly`, () => {
    const op1 = `Stresses the importance of the report of the ${GGE}, considered by the General Assembly on 5 December 2013;`;
    const rel = relations(op1);
    expect(rel).not.toContain(`EMPHASIZES ${ASSEMBLY}`);
    expect(rel).toContain(`EMPHASIZES Organization:${GGE}`);
    // the paragraph still mentions it
    expect(keys(op1, ASSEMBLY)).toEqual([ASSEMBLY]);
  });

  it('A/RES/80/44 OP6 (79/51): the “Recommendations ...” "adopted by consensus by the Disarmament Commission and endorsed by the General Assembly;12" (12 Resolution 78/52.): the resolution stays, the Assembly goes', () => {
    const op6 =
      'Stresses the importance of the “Recommendations to promote the practical implementation of transparency and confidence-building measures in outer space activities with the goal of preventing an arms race in outer space, in accordance with the recommendations set out in the report of the Group of Governmental Experts on Transparency and Confidence-Building Measures in Outer Space Activities” adopted by consensus by the Disarmament Commission and endorsed by the General Assembly;';
    const rel = footnotedRelations(op6, 'endorsed by the General Assembly;', '12', 'Resolution 78/52.', GA80_44);
    expect(rel).not.toContain(`EMPHASIZES ${ASSEMBLY}`);
    expect(rel).toContain('EMPHASIZES Resolution:A/RES/78/52');
    expect(rel).toContain('EMPHASIZES Organization:Disarmament Commission');
  });

  it('guard (aud48f): the same OP6 words with a note that names no resolution keep the Assembly the verb\'s', () => {
    const op6 = 'Stresses the importance of the guidelines adopted by consensus by the Disarmament Commission and endorsed by the General Assembly;';
    expect(footnotedRelations(op6, 'endorsed by the General Assembly;', '12', 'See A/78/42, annex.', GA80_44)).toContain(`EMPHASIZES ${ASSEMBLY}`);
  });

  it('A/RES/79/161 OP19 (78/234): "the draft declaration to be considered by the General Assembly at its eightieth session": the session stays a target', () => {
    const op19 =
      'Requests the Intergovernmental Working Group to present a status report on the elaboration of the draft declaration to be considered by the General Assembly at its eightieth session;';
    const rel = relations(op19, 'operative', { body: 'General Assembly', symbol: 'A/RES/79/161', date: '2024-12-17' });
    expect(rel).not.toContain(`REQUESTS ${ASSEMBLY}`);
    expect(rel).toContain('REQUESTS Event:eightieth session of the General Assembly');
  });

  it('guard: another body that endorsed or considered a text keeps the verb ("endorsed by the Human Rights Council")', () => {
    const t = 'Recalls the Guiding Principles on Business and Human Rights, endorsed by the Human Rights Council in its resolution 17/4 of 16 June 2011;';
    expect(relations(t)).toContain('RECALLS Organization:Human Rights Council');
  });

  it('guard: the Assembly addressed ("to submit to the General Assembly at its eightieth session") keeps REQUESTS (A/RES/79/23 OP4 convention)', () => {
    const t = 'Requests the Secretary-General to submit to the General Assembly at its eightieth session a report on the report considered by the Committee;';
    expect(relations(t)).toContain(`REQUESTS ${ASSEMBLY}`);
  });
});

describe('"all entities in the United Nations": the entities are addressed, the Organization qualifies them (as "the entities of the")', () => {
  const GA79_116: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/116', date: '2024-12-04' };
  const UN = 'Organization:United Nations';

  it('A/RES/79/116 OP6 (78/102, 80/160): "... and calls upon all entities in the United Nations to inform and to cooperate fully with the Office of Legal Affairs of the Secretariat": no CALLS_UPON of the Organization', () => {
    const op6 =
      'Urges the Secretary-General to continue to ensure that his zero-tolerance policy for criminal activities is made known to all United Nations officials and experts on mission, and calls upon all entities in the United Nations to inform and to cooperate fully with the Office of Legal Affairs of the Secretariat in all cases involving allegations that a crime may have been committed by a United Nations official or expert on mission;';
    const rel = relations(op6, 'operative', GA79_116);
    expect(rel).not.toContain(`CALLS_UPON ${UN}`);
    expect(rel).toContain('CALLS_UPON Organization:Office of Legal Affairs');
    expect(keys(op6, UN, 'operative', GA79_116)).toContain(UN);
  });

  it('guard: A/RES/79/116 OP11 "Encourages all States and the United Nations to cooperate" keeps the Organization addressed', () => {
    const op11 = 'Encourages all States and the United Nations to cooperate with each other in the exchange of information;';
    expect(relations(op11, 'operative', GA79_116)).toContain(`ENCOURAGES ${UN}`);
  });

  it('guard: "the role of the United Nations in" keeps the Organization the verb\'s (its role, not its parts)', () => {
    const t = 'Calls upon Member States to support the role of the United Nations in the prevention of crimes;';
    expect(relations(t, 'operative', GA79_116)).toContain(`CALLS_UPON ${UN}`);
  });
});
