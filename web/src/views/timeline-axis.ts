// Year ticks under the graph while the timeline layout is on: positions come
// from sigma's graphToViewport, so the axis follows pans and zooms.
import type Sigma from 'sigma';
import type { DrawnEdge, DrawnNode } from '../core/graph/types.js';
import { layoutStore } from '../core/layout/actions.js';
import { yearX } from '../core/layout/timeline.js';
import { graphStore } from '../core/graph/actions.js';
import { clear, h } from './dom.js';

export function renderTimelineAxis(axis: HTMLElement, renderer: Sigma<DrawnNode, DrawnEdge>): () => void {
  const draw = (): void => {
    const { mode, timelineFirstYear } = layoutStore.get();
    const extent = graphStore.get().yearExtent;
    axis.hidden = mode !== 'timeline' || timelineFirstYear === null || !extent;
    if (axis.hidden || timelineFirstYear === null || !extent) return;
    clear(axis);
    const width = axis.clientWidth;
    const px = (year: number): number => renderer.graphToViewport({ x: yearX(year, timelineFirstYear), y: 0 }).x;
    // One tick per 1, 5, 10, 25 or 50 years, whichever keeps ticks at least 48 px apart.
    const perYear = Math.abs(px(timelineFirstYear + 1) - px(timelineFirstYear));
    const step = [1, 2, 5, 10, 25, 50].find((s) => s * perYear >= 48) ?? 100;
    for (let year = Math.ceil(extent[0] / step) * step; year <= extent[1]; year += step) {
      const x = px(year);
      if (x < 0 || x > width) continue;
      axis.append(h('span', { className: 'tick', style: `left:${x.toFixed(1)}px` }, String(year)));
    }
  };
  renderer.on('afterRender', draw);
  const off = layoutStore.subscribe(draw);
  draw();
  return () => {
    renderer.off('afterRender', draw);
    off();
  };
}
