// Misses found by the session-52 hand audit aud52a (gold set aud52a: A/RES/78/49, the prohibition of the dumping of radioactive
// wastes; A/RES/78/61, the report of the Conference on Disarmament; A/RES/80/25, the relationship between disarmament and
// development; all First Committee texts). Each case quotes the file and paragraph named; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';

const GA78_49: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/49', date: '2023-12-04' };

function extract(text: string, ctx: RecognizeContext = GA78_49, id = 'PP2') {
  return extractParagraph({ id, kind: id.startsWith('PP') ? 'preambular' : 'operative', text, footnoteRefs: [], subparagraphs: [] }, ctx);
}
const keys = (text: string, prefix: string, ctx?: RecognizeContext, id?: string): string[] =>
  extract(text, ctx, id).mentions.map((m) => m.key).filter((k) => k.startsWith(prefix));
const relations = (text: string, ctx?: RecognizeContext, id?: string): string[] => extract(text, ctx, id).relations.map((r) => `${r.type} ${r.target}`);

const IAEA_GC_RES = 'Resolution:General Conference of the International Atomic Energy Agency resolution';

describe('a resolution of the IAEA General Conference numbered by a session in Roman numerals', () => {
  it('A/RES/78/49 PP2 (80/26): "Recalling resolution GC(XXXIV)/RES/530 establishing the Code of Practice ..., adopted on 21 September 1990 by the General Conference of the International Atomic Energy Agency"', () => {
    const text =
      'Recalling resolution GC(XXXIV)/RES/530 establishing the Code of Practice on the International Transboundary Movement of Radioactive Waste, adopted on 21 September 1990 by the General Conference of the International Atomic Energy Agency at its thirty-fourth regular session,';
    expect(keys(text, 'Resolution:')).toEqual([`${IAEA_GC_RES} GC(XXXIV)/RES/530`]);
    expect(relations(text)).toContain(`RECALLS ${IAEA_GC_RES} GC(XXXIV)/RES/530`);
  });

  it('guard: the Arabic-numbered form still reads as before (A/RES/78/49 PP7: "resolution GC(45)/RES/10")', () => {
    const text =
      'Recalling also resolution GC(45)/RES/10, adopted by consensus on 21 September 2001 by the General Conference of the International Atomic Energy Agency at its forty-fifth regular session,';
    expect(keys(text, 'Resolution:', GA78_49, 'PP7')).toEqual([`${IAEA_GC_RES} GC(45)/RES/10`]);
  });

  it('guard: Roman numerals that are no session ("GC(MMXX)/RES/1", "GC(XXXIV)" alone) cite nothing', () => {
    expect(keys('Recalling document GC(XXXIV) of the Agency,', 'Resolution:')).toEqual([]);
    expect(keys('Recalling resolution GC(MMXX)/RES/1,', 'Resolution:')).toEqual([]);
  });
});
