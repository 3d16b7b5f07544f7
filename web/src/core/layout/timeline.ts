// Timeline layout: adoption (or start) year on the x axis; nodes of one year
// stacked on y by citations received, most cited nearest the axis. Undated
// nodes stand in a column left of the first year.
import type { DrawnGraph } from '../graph/types.js';

export const YEAR_WIDTH = 60;
export const ROW_HEIGHT = 14;

export function timelinePositions(graph: DrawnGraph, nodes?: Iterable<string>): Record<string, { x: number; y: number }> {
  const keys = nodes ? [...nodes] : graph.nodes();
  let firstYear = Infinity;
  for (const key of keys) {
    const year = graph.getNodeAttribute(key, 'year');
    if (year !== null) firstYear = Math.min(firstYear, year);
  }
  if (!Number.isFinite(firstYear)) firstYear = 0;
  const columns = new Map<number, string[]>();
  for (const key of keys) {
    const year = graph.getNodeAttribute(key, 'year');
    const column = year === null ? -2 : year - firstYear;
    let list = columns.get(column);
    if (!list) columns.set(column, (list = []));
    list.push(key);
  }
  const positions: Record<string, { x: number; y: number }> = {};
  for (const [column, list] of columns) {
    list.sort(
      (a, b) =>
        graph.getNodeAttribute(b, 'citations') - graph.getNodeAttribute(a, 'citations') ||
        graph.getNodeAttribute(a, 'label').localeCompare(graph.getNodeAttribute(b, 'label')),
    );
    list.forEach((key, i) => {
      // Alternate above and below the axis so a year's column stays compact.
      const row = i % 2 === 0 ? i / 2 : -(i + 1) / 2;
      positions[key] = { x: column * YEAR_WIDTH, y: row * ROW_HEIGHT };
    });
  }
  return positions;
}
