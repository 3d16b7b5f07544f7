// Session-48 audit aud48a: the texts closest to the product's first sample, re-annotated from the raw text in the gold format
// (tests/gold/aud48a-*.gold.tsv): the seed E/2025/31 draft resolution I (PP1-PP10, OP1-OP30), A/RES/79/277 and A/RES/80/215 (all
// paragraphs). Fixed, each case quoting its file and paragraph, each with a guard:
// - the body printed after its own cited resolution, subject of the act that resolution reports ("Acknowledges that, in its
//   resolution 77/150, the General Assembly recognized ...", seed OP15; "By its resolution 63/111, the General Assembly
//   designated ...", A/RES/78/69 footnote 157): the cited text's author, no target of the citing clause's verb, as "General
//   Assembly resolution 77/150, in which the Assembly recognized" already is (aud42e, aud43d); in a footnote too (mentioned by
//   the paragraph, no verb target).
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractParagraph } from '../../ingest/extract.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const SEED: RecognizeContext = { body: 'Economic and Social Council', symbol: 'E/2025/31 draft resolution I', date: '2025-07-29' };
const { relations } = oneParagraph({ ctx: SEED, kind: 'operative' });
const GA = 'Organization:General Assembly';

describe('"in its resolution N, the <body> <past form>": the cited text\'s author is no target of the clause', () => {
  it('seed OP15: "Acknowledges that, in its resolution 77/150, the General Assembly recognized ..., and invites the Commission": ACKNOWLEDGES the resolution and the Commission, not the Assembly', () => {
    const text =
      'Acknowledges that, in its resolution 77/150, the General Assembly recognized the critical importance of expanding the participation of all countries, in particular developing countries, in the digital economy, and further noted that the Commission on Science and Technology for Development could explore the connection between data and sustainable development, including data governance, while taking into account the multiple dimensions of data, and invites the Commission to explore these issues;';
    const rel = relations(text);
    expect(rel).not.toContain(`ACKNOWLEDGES ${GA}`);
    expect(rel).toEqual(
      expect.arrayContaining([
        'ACKNOWLEDGES Resolution:A/RES/77/150',
        'ACKNOWLEDGES Organization:Commission on Science and Technology for Development',
        'INVITES Organization:Commission on Science and Technology for Development',
      ]),
    );
  });

  it('seed OP27: "Also recalls that, in its resolution 70/125, the General Assembly called for ..., and reaffirms the role of the Commission": no RECALLS of the Assembly', () => {
    const text =
      'Also recalls that, in its resolution 70/125, the General Assembly called for continuation of the annual reports on the implementation of the outcomes of the World Summit, through the Commission on Science and Technology for Development, to the Council, and reaffirms the role of the Commission, as set forth in Council resolution 2006/46, in assisting the Council as the focal point in the system-wide follow-up, in particular the review and assessment of progress made in implementing the outcomes of the World Summit;';
    const rel = relations(text);
    expect(rel).not.toContain(`RECALLS ${GA}`);
    expect(rel).toEqual(expect.arrayContaining(['RECALLS Resolution:A/RES/70/125', 'RECALLS Organization:Commission on Science and Technology for Development', 'REAFFIRMS Resolution:E/RES/2006/46']));
  });

  it('A/RES/79/84 PP2: "Recalling also that, in its resolution 35/55 of 5 December 1980, the General Assembly approved the establishment of the University for Peace" (the date inside the citation)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/84', date: '2024-12-04' };
    const text =
      'Recalling also that, in its resolution 35/55 of 5 December 1980, the General Assembly approved the establishment of the University for Peace in conformity with the International Agreement for the Establishment of the University for Peace,';
    const rel = relations(text, 'preambular', ctx);
    expect(rel).not.toContain(`RECALLS ${GA}`);
    expect(rel).toEqual(expect.arrayContaining(['RECALLS Resolution:A/RES/35/55', 'RECALLS Organization:University for Peace']));
  });

  it('A/RES/80/12 PP7: "..., and recalling that, in its resolution 66/20, the General Assembly recommended the establishment of a process" (a later clause)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/12', date: '2025-12-01' };
    const text =
      'Noting that a periodic review of the United Nations Report on Military Expenditures could facilitate its further development and maintain its continued relevance and operation, and recalling that, in its resolution 66/20, the General Assembly recommended the establishment of a process for periodic reviews,';
    const rel = relations(text, 'preambular', ctx);
    expect(rel).not.toContain(`RECALLS ${GA}`);
    expect(rel).toContain('RECALLS Resolution:A/RES/66/20');
  });

  it('guard: "in its resolution 70/125, the General Assembly" asked, not acting ("the General Assembly was requested"): the Assembly stays the verb\'s', () => {
    const text =
      'Also recalls that, in its resolution 70/125, the General Assembly was requested to undertake the overall review of the implementation of the outcomes of the World Summit on the Information Society in 2025;';
    expect(relations(text)).toContain(`RECALLS ${GA}`);
  });

  it('guard: the Assembly printed after another body\'s resolution ("in its resolution 2023/3, the General Assembly ...") is no author of it: stays the verb\'s', () => {
    const text =
      'Notes that, as requested by the Economic and Social Council in its resolution 2023/3, the General Assembly considered the report of the Commission on Science and Technology for Development;';
    expect(relations(text)).toContain(`NOTES ${GA}`);
  });

  it('guard: the Assembly named on its own later in the paragraph ("..., the General Assembly recognized ... and the General Assembly at its eightieth session") keeps its other mention', () => {
    const text =
      'Acknowledges that, in its resolution 77/150, the General Assembly recognized the critical importance of the digital economy, and invites the Commission to report to the General Assembly at its eighty-first session;';
    expect(relations(text)).toContain(`INVITES ${GA}`);
  });
});

/** one operative paragraph whose footnote mark stands right after `at`: its verb relations */
function footnotedRelations(text: string, at: string, mark: string, footnote: string, ctx: RecognizeContext): { relations: string[]; mentions: string[] } {
  const offset = text.indexOf(at) + at.length;
  const x = extractParagraph({ id: 'OP1', kind: 'operative', text, footnoteRefs: [{ mark, offset, footnote: { mark, text: footnote } }], subparagraphs: [] }, ctx);
  return { relations: x.relations.map((r) => `${r.type} ${r.target}`), mentions: x.mentions.map((m) => m.key) };
}

describe('the same author after its own cited text in a footnote', () => {
  const LOS: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/69', date: '2023-12-05' };

  it('A/RES/78/69 OP369 (79/144 OP374, 80/110 OP355), footnote 157 "By its resolution 63/111, the General Assembly designated 8 June as World Oceans Day.": mentioned, no NOTES of the Assembly', () => {
    const text = 'Notes with satisfaction the celebration of World Oceans Day on 8 June;';
    const x = footnotedRelations(text, 'World Oceans Day', '157', 'By its resolution 63/111, the General Assembly designated 8 June as World Oceans Day.', LOS);
    expect(x.relations).not.toContain(`NOTES ${GA}`);
    expect(x.relations).toContain('NOTES Resolution:A/RES/63/111');
    expect(x.mentions).toContain(GA);
  });

  it('guard: the Assembly asked in the footnote ("In its resolution 63/111, the General Assembly was requested ...") keeps the verb', () => {
    const text = 'Notes with satisfaction the celebration of World Oceans Day on 8 June;';
    const x = footnotedRelations(text, 'World Oceans Day', '157', 'In its resolution 63/111, the General Assembly was requested to observe the Day.', LOS);
    expect(x.relations).toContain(`NOTES ${GA}`);
  });
});
