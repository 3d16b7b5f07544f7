// Session-48 audit aud48i: residual faults in documents and adoption the annotation helpers reported (aud48b-c), each case
// quoting its file and paragraph, each with a guard:
// - a body's interim report, cited without its title ("the two-level structure outlined in the interim report of the
//   High-level Panel on ...", A/RES/78/322 PP7, 78/232 OP10): a Document of its own, as its final report already is.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA_78_322: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/322', date: '2024-09-10' };
const { relations } = oneParagraph({ ctx: GA_78_322, kind: 'operative' });
const PANEL = 'High-level Panel on the Development of a Multidimensional Vulnerability Index for Small Island Developing States';
const INTERIM = `Document:interim report of the ${PANEL.toLowerCase()}`;

describe('a body\'s interim report cited without its title is a Document', () => {
  it('A/RES/78/322 PP7: "the two-level structure outlined in the interim report of the High-level Panel on ...": RECALLS the interim report and the Panel', () => {
    const text =
      `Recalling paragraph 10 of resolution 77/245, in which it, inter alia, supported the proposed definitions for structural vulnerability and resilience and the two-level structure outlined in the interim report of the ${PANEL} as the basis for the Panel’s continued work, guiding the selection of appropriate indicators to inform vulnerability across all sectors of sustainable development,`;
    const rel = relations(text, 'preambular');
    expect(rel).toEqual(expect.arrayContaining([`RECALLS ${INTERIM}`, `RECALLS Organization:${PANEL}`, 'RECALLS Resolution:A/RES/77/245']));
  });

  it('guard: A/RES/78/212 OP19 "the interim report of the Special Rapporteur on freedom of religion or belief; 6": the footnote\'s symbol names it, no report keyed by its author', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/212', date: '2023-12-19' };
    const rel = relations('Takes note with appreciation of the work and the interim report of the Special Rapporteur on freedom of religion or belief; 6', 'operative', ctx);
    expect(rel.filter((r) => r.includes('Document:interim report'))).toEqual([]);
  });

  it('guard: A/RES/78/198 OP42 "the interim report of the Special Rapporteur,21": a short form names no report', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/198', date: '2023-12-19' };
    const rel = relations('Takes note with appreciation of the interim report of the Special Rapporteur, which is focused on emerging issues with regard to the realization of the right to food;', 'operative', ctx);
    expect(rel.filter((r) => r.includes('Document:interim report'))).toEqual([]);
  });
});
