// The node panel: properties, relations grouped by type, and for every
// relation the paragraph it was read from with the phrase highlighted. All
// document text goes in as text nodes.
import type { NodeDetails, Provenance, RelationGroup } from '../../shared/api.js';
import { selectionStore } from '../core/selection/actions.js';
import { filtersStore, setEgo } from '../core/filters/actions.js';
import { kindColor, relationColor } from '../core/appearance/colors.js';
import { clear, h } from './dom.js';

const HIDDEN_PROPERTIES = new Set(['x', 'y', 'size', 'color']);

export function paragraphWithPhrase(provenance: Provenance): HTMLElement {
  const text = provenance.text ?? '';
  const block = h('blockquote', { className: 'paragraph' });
  const { spanStart, spanEnd } = provenance;
  if (typeof spanStart === 'number' && typeof spanEnd === 'number' && spanStart < spanEnd) {
    block.append(text.slice(0, spanStart), h('mark', {}, text.slice(spanStart, spanEnd)), text.slice(spanEnd));
  } else {
    block.append(text);
  }
  return block;
}

function provenanceView(provenance: Provenance): HTMLElement {
  const where = [provenance.resolution?.replace(/^Resolution:/, ''), provenance.paragraph].filter(Boolean).join(' ');
  const source = h(
    'div',
    { className: 'source' },
    where ? h('span', { className: 'where' }, where) : null,
    provenance.document ? h('span', { className: 'document', title: 'source document' }, provenance.document) : null,
    provenance.verb ? h('span', { className: 'verb' }, provenance.verb) : null,
  );
  if (provenance.text) return h('div', { className: 'provenance' }, source, paragraphWithPhrase(provenance));
  return h('div', { className: 'provenance' }, source, provenance.phrase ? h('q', {}, provenance.phrase) : null);
}

function groupView(group: RelationGroup, onOpen: (key: string) => void): HTMLElement {
  const arrow = group.direction === 'out' ? '→' : '←';
  const summary = h(
    'summary',
    {},
    h('span', { className: 'swatch', style: `background:${relationColor(group.type)}` }),
    `${arrow} ${group.type} `,
    h('span', { className: 'muted' }, `(${group.count})`),
  );
  const list = h('ol', { className: 'relations' });
  for (const entry of group.entries) {
    list.append(
      h(
        'li',
        { className: 'relation' },
        h(
          'button',
          { className: 'link', type: 'button', title: entry.other.key, onclick: () => onOpen(entry.other.key) },
          h('span', { className: 'swatch', style: `background:${kindColor(entry.other.kind)}` }),
          entry.other.name,
        ),
        provenanceView(entry.provenance),
      ),
    );
  }
  if (group.count > group.entries.length) list.append(h('li', { className: 'muted' }, `… and ${group.count - group.entries.length} more`));
  return h('details', { className: 'group', open: group.entries.length <= 30 }, summary, list);
}

function propertiesView(details: NodeDetails): HTMLElement {
  const table = h('table', { className: 'properties' });
  for (const [name, value] of Object.entries(details.properties)) {
    if (HIDDEN_PROPERTIES.has(name) || value === null || value === undefined || value === '') continue;
    const text = Array.isArray(value) ? value.join('; ') : typeof value === 'object' ? JSON.stringify(value) : String(value);
    table.append(h('tr', {}, h('th', {}, name), h('td', {}, text)));
  }
  return table;
}

export function renderPanel(panel: HTMLElement, onOpen: (key: string) => void, onClose: () => void): () => void {
  const draw = (): void => {
    const { selected, details, detailsStatus, detailsError } = selectionStore.get();
    panel.hidden = !selected;
    clear(panel);
    if (!selected) return;
    const ego = filtersStore.get().ego;
    const head = h(
      'div',
      { className: 'panel-head' },
      h('button', { type: 'button', className: 'close', title: 'Close', onclick: onClose }, '×'),
      h('div', { className: 'kind' }, h('span', { className: 'swatch', style: `background:${kindColor(details?.kind ?? '')}` }), details?.kind ?? ''),
      h('h2', { 'data-testid': 'panel-title' }, details?.name ?? selected),
      h(
        'div',
        { className: 'row' },
        h('button', { type: 'button', onclick: () => setEgo(selected, 1) }, 'Ego network'),
        h('button', { type: 'button', onclick: () => setEgo(selected, 2) }, '2 hops'),
        ego ? h('button', { type: 'button', onclick: () => setEgo(null) }, 'Show all') : null,
      ),
    );
    panel.append(head);
    if (detailsStatus === 'loading') panel.append(h('p', { className: 'muted' }, 'Loading…'));
    if (detailsStatus === 'error') panel.append(h('p', { className: 'error' }, detailsError ?? 'could not load the node'));
    if (!details) return;
    panel.append(propertiesView(details));
    if (details.relations.length === 0) panel.append(h('p', { className: 'muted' }, 'No relations.'));
    const relations = h('div', { className: 'groups', 'data-testid': 'relations' });
    for (const group of details.relations) relations.append(groupView(group, onOpen));
    panel.append(relations);
  };
  const offs = [selectionStore.subscribe((s, p) => (s.details !== p.details || s.selected !== p.selected || s.detailsStatus !== p.detailsStatus) && draw()), filtersStore.subscribe((s, p) => s.ego !== p.ego && draw())];
  draw();
  return () => offs.forEach((off) => off());
}
