// Filter sidebar: node kinds, relation types, year range, ego network.
import { graphStore } from '../core/graph/actions.js';
import { filtersStore, resetFilters, setEgo, setKindHidden, setRelationHidden, setYearRange } from '../core/filters/actions.js';
import { kindColor, relationColor } from '../core/appearance/colors.js';
import { clear, h } from './dom.js';

function checkboxList(title: string, names: string[], hidden: string[], color: (name: string) => string, onToggle: (name: string, hide: boolean) => void, testId: string): HTMLElement {
  const list = h('fieldset', { className: 'checks', 'data-testid': testId }, h('legend', {}, title));
  for (const name of names) {
    const input = h('input', { type: 'checkbox', value: name, checked: !hidden.includes(name) });
    input.addEventListener('change', () => onToggle(name, !input.checked));
    list.append(h('label', {}, input, h('span', { className: 'swatch', style: `background:${color(name)}` }), name));
  }
  return list;
}

export function renderFilters(root: HTMLElement): () => void {
  const draw = (): void => {
    const { kinds, relations, yearExtent } = graphStore.get();
    const filters = filtersStore.get();
    clear(root);
    root.append(checkboxList('Node kinds', kinds, filters.hiddenKinds, kindColor, setKindHidden, 'kind-filter'));
    root.append(checkboxList('Relation types', relations, filters.hiddenRelations, relationColor, setRelationHidden, 'relation-filter'));
    if (yearExtent) {
      const range = filters.yearRange ?? yearExtent;
      const from = h('input', { type: 'number', min: yearExtent[0], max: yearExtent[1], value: range[0], 'aria-label': 'from year', name: 'year-from' });
      const to = h('input', { type: 'number', min: yearExtent[0], max: yearExtent[1], value: range[1], 'aria-label': 'to year', name: 'year-to' });
      const apply = (): void => {
        const a = Number(from.value);
        const b = Number(to.value);
        if (Number.isFinite(a) && Number.isFinite(b)) setYearRange(a === yearExtent[0] && b === yearExtent[1] ? null : [a, b]);
      };
      from.addEventListener('change', apply);
      to.addEventListener('change', apply);
      root.append(h('fieldset', { className: 'years' }, h('legend', {}, 'Years'), from, ' – ', to));
    }
    if (filters.ego) {
      root.append(
        h(
          'fieldset',
          {},
          h('legend', {}, 'Ego network'),
          h('div', { className: 'muted' }, `${filters.ego.depth} hop(s) around ${filters.ego.node}`),
          h('button', { type: 'button', onclick: () => setEgo(null) }, 'Show all'),
        ),
      );
    }
    root.append(h('button', { type: 'button', onclick: resetFilters }, 'Reset filters'));
  };
  const offs = [graphStore.subscribe(draw), filtersStore.subscribe(draw)];
  draw();
  return () => offs.forEach((off) => off());
}
