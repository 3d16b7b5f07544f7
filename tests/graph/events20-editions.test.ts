// mergeUndatedEvents (graph/build.ts) for a name of several dated editions (aud20i): "the International Year of Peace and
// Trust" was proclaimed for 2021 (A/RES/73/338) and again for 2025 (A/RES/78/266). An undated mention joins the edition its
// resolution names when it names one only; in a resolution naming both, or neither, it stays the series.
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../graph/build.js';
import type { ResolutionExtraction } from '../../ingest/models.js';
import { citingResolution } from './fixtures.js';

const NAME = 'International Year of Peace and Trust';
const SERIES = `Event:${NAME}`;
const Y2021 = `${SERIES} @ 2021`;
const Y2025 = `${SERIES} @ 2025`;

/** A resolution whose first paragraph mentions the events `pp` and whose second mentions `op` (keys). */
function resolution(symbol: string, pp: string[], op: string[]): ResolutionExtraction {
  const ex = citingResolution({ symbol, file: `${symbol.replace(/\//g, '_')}.txt` });
  const mention = (p: number, key: string) => {
    const text = ex.paragraphs[p]!.paragraph.text;
    const year = / @ (\d{4})$/.exec(key)?.[1];
    const attrs: Record<string, unknown> = { eventKind: 'year' };
    if (year) attrs.startDate = year;
    return { kind: 'Event' as const, key, name: NAME, attrs, phrase: text.slice(0, 3), start: 0, end: 3 };
  };
  for (const k of pp) ex.paragraphs[0]!.mentions.push(mention(0, k));
  for (const k of op) ex.paragraphs[1]!.mentions.push(mention(1, k));
  return ex;
}
const build = (...exs: ResolutionExtraction[]) => {
  const b = new GraphBuilder();
  for (const ex of exs) b.addResolution(ex);
  return b.finalize();
};
const eventsOf = (g: ReturnType<typeof build>, symbol: string) =>
  [...new Set(g.filterEdges((_e, a, _s, t) => a.resolution === `Resolution:${symbol}` && t.startsWith('Event:')).map((e) => g.target(e)))].sort();

describe('an undated Year joins the one edition its resolution names, when several editions exist', () => {
  it('A/RES/79/274 PP11 then OP6: "the International Year of Peace and Trust, 2025" then the name alone is the 2025 edition', () => {
    const g = build(resolution('A/RES/78/266', [Y2021], [Y2025]), resolution('A/RES/79/274', [Y2025], [SERIES]));
    expect(eventsOf(g, 'A/RES/79/274')).toEqual([Y2025]);
    expect(g.hasNode(SERIES)).toBe(false);
  });

  it('guard, A/RES/78/266 PP4: a text naming the 2021 and the 2025 editions keeps "the United Nations International Year of Peace and Trust" (every five years) the series', () => {
    const g = build(resolution('A/RES/78/266', [Y2021, SERIES], [Y2025]));
    expect(eventsOf(g, 'A/RES/78/266')).toEqual([SERIES, Y2021, Y2025]);
  });

  it('guard: a text naming no edition keeps the undated mention the series', () => {
    const g = build(resolution('A/RES/78/266', [Y2021], [Y2025]), resolution('A/RES/80/3', [], [SERIES]));
    expect(eventsOf(g, 'A/RES/80/3')).toEqual([SERIES]);
  });
});
