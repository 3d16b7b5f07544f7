// Search box: name, acronym or symbol; choosing a hit focuses the node.
import { runSearch, searchStore, type NodeSearch } from '../core/search/index.js';
import { kindColor } from '../core/appearance/colors.js';
import { clear, h } from './dom.js';

export function renderSearch(root: HTMLElement, getSearch: () => NodeSearch | null, onChoose: (node: string) => void): () => void {
  const input = h('input', { type: 'search', placeholder: 'Search name, acronym, symbol…', 'aria-label': 'Search nodes', 'data-testid': 'search' });
  const list = h('ul', { className: 'hits', role: 'listbox', 'data-testid': 'search-hits' });
  root.append(input, list);
  const choose = (node: string): void => {
    runSearch(null, '');
    input.value = '';
    onChoose(node);
  };
  input.addEventListener('input', () => runSearch(getSearch(), input.value));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      const first = searchStore.get().hits[0];
      if (first) choose(first.key);
    } else if (event.key === 'Escape') runSearch(null, '');
  });
  const draw = (): void => {
    clear(list);
    for (const hit of searchStore.get().hits) {
      list.append(
        h(
          'li',
          { role: 'option' },
          h(
            'button',
            { type: 'button', onclick: () => choose(hit.key), title: hit.key },
            h('span', { className: 'swatch', style: `background:${kindColor(hit.kind)}` }),
            hit.label,
            h('span', { className: 'muted' }, ` ${hit.kind}`),
          ),
        ),
      );
    }
    list.hidden = searchStore.get().hits.length === 0;
  };
  draw();
  return searchStore.subscribe(draw);
}
