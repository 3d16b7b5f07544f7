// Timeline layout: adoption (or start) year on the x axis; nodes of one year
// stacked on y by citations received, most cited nearest the axis. Undated
// nodes (organisations, places...) form a compact block left of the first year.
import type { DrawnGraph } from '../graph/types.js';

export const YEAR_WIDTH = 60;
export const ROW_HEIGHT = 20;
const UNDATED_SPACING = 30;

export interface TimelineLayout {
  positions: Record<string, { x: number; y: number }>;
  /** the year drawn at x = 0, or null when no node has a year */
  firstYear: number | null;
}

/** The x coordinate of a year on the timeline. */
export function yearX(year: number, firstYear: number): number {
  return (year - firstYear) * YEAR_WIDTH;
}

export function timelineLayout(graph: DrawnGraph, nodes?: Iterable<string>): TimelineLayout {
  const keys = nodes ? [...nodes] : graph.nodes();
  let firstYear = Infinity;
  for (const key of keys) {
    const year = graph.getNodeAttribute(key, 'year');
    if (year !== null) firstYear = Math.min(firstYear, year);
  }
  const columns = new Map<number, string[]>();
  const undated: string[] = [];
  for (const key of keys) {
    const year = graph.getNodeAttribute(key, 'year');
    if (year === null) {
      undated.push(key);
      continue;
    }
    let list = columns.get(year);
    if (!list) columns.set(year, (list = []));
    list.push(key);
  }
  const byCitations = (a: string, b: string): number =>
    graph.getNodeAttribute(b, 'citations') - graph.getNodeAttribute(a, 'citations') ||
    graph.getNodeAttribute(a, 'label').localeCompare(graph.getNodeAttribute(b, 'label'));
  const positions: TimelineLayout['positions'] = {};
  for (const [year, list] of columns) {
    list.sort(byCitations);
    list.forEach((key, i) => {
      // Alternate above and below the axis so a year's column stays compact.
      const row = i % 2 === 0 ? i / 2 : -(i + 1) / 2;
      positions[key] = { x: yearX(year, firstYear), y: row * ROW_HEIGHT };
    });
  }
  undated.sort(byCitations);
  const perRow = Math.max(1, Math.ceil(Math.sqrt(undated.length)));
  const rows = Math.ceil(undated.length / perRow);
  undated.forEach((key, i) => {
    const column = i % perRow;
    const row = Math.floor(i / perRow);
    positions[key] = { x: -YEAR_WIDTH * 2 - (perRow - 1 - column) * UNDATED_SPACING, y: (row - (rows - 1) / 2) * UNDATED_SPACING };
  });
  return { positions, firstYear: Number.isFinite(firstYear) ? firstYear : null };
}

export function timelinePositions(graph: DrawnGraph, nodes?: Iterable<string>): TimelineLayout['positions'] {
  return timelineLayout(graph, nodes).positions;
}
