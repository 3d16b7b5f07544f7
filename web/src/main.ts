// Entry point: loads the graph, builds the views, keeps the URL hash in step
// with the state, and exposes window.__kg for tests and benchmarks.
import './styles.css';
import { getJson } from './api-client.js';
import { graphStore, loadGraph } from './core/graph/actions.js';
import type { DrawnGraph } from './core/graph/types.js';
import { filtersStore, sameFilters, setView } from './core/filters/actions.js';
import { countCitationEdges } from './core/filters/visibility.js';
import { layoutStore, setLayoutMode, startLayout, stopLayout } from './core/layout/actions.js';
import { appearanceStore, applyNodeSizes, setLabelThreshold, setSizeBy } from './core/appearance/actions.js';
import { buildNodeSearch, type NodeSearch } from './core/search/index.js';
import { selectNode, selectionStore } from './core/selection/actions.js';
import { loadConsoleData, loadHistory, queryStore, setParamsText, setQueryText } from './core/query/actions.js';
import { decodeUrlState, encodeUrlState, type UrlState } from './core/url/state.js';
import { createGraphView, exportPng, type GraphView } from './views/graph-view.js';
import { renderPanel } from './views/panel-view.js';
import { renderFilters } from './views/filters-view.js';
import { renderSearch } from './views/search-view.js';
import { renderTimelineAxis } from './views/timeline-axis.js';
import { clear, download, h } from './views/dom.js';

declare global {
  interface Window {
    __kg?: Record<string, unknown>;
  }
}

const byId = (id: string): HTMLElement => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the page lacks #${id}`);
  return element;
};

let graphView: GraphView | null = null;
let search: NodeSearch | null = null;
let consoleOpen = false;
const consoleSection = byId('console');
const status = byId('status');

function openNode(node: string | null, focus = false): void {
  void selectNode(node, getJson);
  if (node && focus) graphView?.focusNode(node);
}

function applyUrlState(state: UrlState, graph: DrawnGraph | undefined): void {
  filtersStore.set((f) => {
    const next = {
      ...f,
      view: state.view ?? f.view,
      hiddenKinds: state.hiddenKinds ?? [],
      hiddenRelations: state.hiddenRelations ?? [],
      yearRange: state.yearRange ?? null,
      ego: state.ego && graph?.hasNode(state.ego.node) ? state.ego : null,
    };
    // Unchanged filters keep the same state: no rebuild of the drawn graph (on a big graph, a second one at start).
    return sameFilters(f, next) ? f : next;
  });
  if (state.query !== undefined) setQueryText(state.query);
  if (state.params !== undefined) setParamsText(state.params);
  setConsoleOpen(Boolean(state.console));
  if (graph && state.layout && state.layout !== layoutStore.get().mode) setLayoutMode(graph, state.layout, graphView?.visibility().nodes);
  if (state.selected && graph?.hasNode(state.selected) && state.selected !== selectionStore.get().selected) openNode(state.selected);
}

function currentUrlState(): UrlState {
  const filters = filtersStore.get();
  const query = queryStore.get();
  return {
    view: filters.view,
    layout: layoutStore.get().mode,
    hiddenKinds: filters.hiddenKinds,
    hiddenRelations: filters.hiddenRelations,
    yearRange: filters.yearRange ?? undefined,
    ego: filters.ego ?? undefined,
    selected: selectionStore.get().selected ?? undefined,
    query: consoleOpen ? query.text : undefined,
    params: consoleOpen ? query.paramsText : undefined,
    console: consoleOpen,
  };
}

let lastHash = '';
function writeUrl(): void {
  const hash = encodeUrlState(currentUrlState());
  if (hash === lastHash) return;
  lastHash = hash;
  history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search);
}

let consoleMounted = false;
function setConsoleOpen(open: boolean): void {
  consoleOpen = open;
  consoleSection.hidden = !open;
  document.body.classList.toggle('with-console', open);
  if (open && !consoleMounted) {
    consoleMounted = true;
    // CodeMirror loads with the console, not with the graph: the first picture comes sooner.
    void import('./views/console-view.js').then(({ renderConsole }) => {
      const mounted = renderConsole(consoleSection, (key) => openNode(key, true));
      window.__kg = { ...window.__kg, editor: mounted.editor };
    });
    void loadConsoleData(getJson);
  }
  byId('toggle-console').setAttribute('aria-pressed', String(open));
  writeUrl();
}

function renderControls(root: HTMLElement): void {
  const viewSelect = h('select', { 'aria-label': 'View', 'data-testid': 'view' }, h('option', { value: 'citations' }, 'Citation network'), h('option', { value: 'full' }, 'Full graph'));
  viewSelect.addEventListener('change', () => setView(viewSelect.value === 'citations' ? 'citations' : 'full'));
  const layoutButton = h('button', { type: 'button', 'data-testid': 'layout-toggle' });
  layoutButton.addEventListener('click', () => {
    const graph = graphStore.get().graph;
    if (!graph) return;
    if (layoutStore.get().running) stopLayout();
    else startLayout(graph, undefined, graphView?.visibility());
  });
  const timeline = h('input', { type: 'checkbox', 'data-testid': 'timeline' });
  timeline.addEventListener('change', () => {
    const graph = graphStore.get().graph;
    if (graph) setLayoutMode(graph, timeline.checked ? 'timeline' : 'force', graphView?.visibility().nodes);
  });
  const sizeBy = h('select', { 'aria-label': 'Size nodes by' }, h('option', { value: 'citations' }, 'Size: citations'), h('option', { value: 'pagerank' }, 'Size: PageRank'));
  sizeBy.addEventListener('change', () => setSizeBy(sizeBy.value === 'pagerank' ? 'pagerank' : 'citations'));
  const labels = h('input', { type: 'range', min: 0, max: 24, value: appearanceStore.get().labelThreshold, 'aria-label': 'Label threshold', title: 'Fewer / more labels' });
  labels.addEventListener('input', () => setLabelThreshold(Number(labels.value)));
  const png = h('button', { type: 'button', 'data-testid': 'export-png' }, 'PNG');
  png.addEventListener('click', () => {
    if (graphView) void exportPng(graphView.renderer).then((blob) => download('graph.png', blob));
  });
  const consoleButton = h('button', { type: 'button', id: 'toggle-console', 'aria-pressed': 'false', 'data-testid': 'toggle-console' }, 'Cypher console');
  consoleButton.addEventListener('click', () => setConsoleOpen(!consoleOpen));
  root.append(viewSelect, layoutButton, h('label', {}, timeline, ' Timeline'), sizeBy, h('label', { className: 'labels' }, 'Labels ', labels), png, consoleButton);

  const sync = (): void => {
    viewSelect.value = filtersStore.get().view;
    const layout = layoutStore.get();
    layoutButton.textContent = layout.running ? 'Stop layout' : 'Start layout';
    layoutButton.disabled = layout.mode !== 'force';
    timeline.checked = layout.mode === 'timeline';
  };
  filtersStore.subscribe(sync);
  layoutStore.subscribe(sync);
  sync();
}

function updateCount(): void {
  const count = byId('node-count');
  const { graph, totals } = graphStore.get();
  if (!graph || !graphView) return;
  const visible = graphView.visibility();
  count.textContent = `${visible.nodes.size} nodes · ${visible.edges.size} edges shown`;
  count.dataset.nodes = String(visible.nodes.size);
  count.title = totals ? `${totals.nodes} nodes and ${totals.edges} edges in the whole graph (paragraphs and dates included)` : '';
}

async function start(): Promise<void> {
  loadHistory((() => { try { return window.localStorage; } catch { return undefined; } })());
  renderControls(byId('controls'));
  const initialUrl = decodeUrlState(location.hash);
  status.textContent = 'Loading the graph…';
  const loadStarted = performance.now();
  await loadGraph(getJson);
  const { graph, error } = graphStore.get();
  if (!graph) {
    status.textContent = `Could not load the graph: ${error ?? 'unknown error'}`;
    status.classList.add('error');
    return;
  }
  // Citation network by default when the corpus has one worth showing.
  if (!initialUrl.view) setView(countCitationEdges(graph) >= 10 ? 'citations' : 'full');
  const graphBuilt = performance.now();
  // buildDrawnGraph already sized nodes by citations; PageRank needs a pass.
  if (appearanceStore.get().sizeBy !== 'citations') applyNodeSizes(graph, appearanceStore.get().sizeBy);
  graphView = createGraphView(byId('sigma'), graph, (node) => openNode(node));
  // Sigma draws synchronously when created; the next animation frame is the first one on screen.
  const firstFrame = new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
  // The search index (and the layout, below) wait until that frame is drawn: the picture comes first.
  // A search typed before then builds the index itself (renderSearch's getter).
  const afterFirstFrame = (work: () => void): void => void firstFrame.then(() => setTimeout(work, 0));
  afterFirstFrame(() => {
    const build = (): void => void (search ??= buildNodeSearch(graph));
    if ('requestIdleCallback' in window) window.requestIdleCallback(build, { timeout: 2_000 });
    else build();
  });
  renderTimelineAxis(byId('axis'), graphView.renderer);
  renderFilters(byId('filters'));
  renderPanel(byId('panel'), (key) => openNode(key, true), () => openNode(null));
  renderSearch(byId('search'), () => search ?? (search = buildNodeSearch(graph)), (key) => openNode(key, true));
  appearanceStore.subscribe((s, p) => s.sizeBy !== p.sizeBy && applyNodeSizes(graph, s.sizeBy));
  filtersStore.subscribe(updateCount);
  // A running layout follows the view: it restarts on the nodes the new filters keep.
  filtersStore.subscribe((state, previous) => {
    if (layoutStore.get().running && graphView && !sameFilters(state, previous)) startLayout(graph, undefined, graphView.visibility());
  });
  updateCount();
  clear(status);
  status.textContent = graph.order === 0 ? 'The graph is empty: ingest some resolutions first.' : '';

  applyUrlState(initialUrl, graph);
  for (const store of [filtersStore, layoutStore, selectionStore, queryStore] as const) (store as { subscribe: (f: () => void) => void }).subscribe(writeUrl);
  window.addEventListener('hashchange', () => {
    if (location.hash.slice(1) !== lastHash) applyUrlState(decodeUrlState(location.hash), graph);
  });
  writeUrl();

  const view = graphView;
  afterFirstFrame(() => {
    // Not if the page started it or switched to the timeline meanwhile.
    if (layoutStore.get().mode === 'force' && !layoutStore.get().running && graph.order > 1 && !/[?&]layout=off/.test(location.search)) {
      startLayout(graph, Math.min(10_000, 2_000 + graph.order * 2), view.visibility());
    }
    // Ready once the first frame is on screen and the layout has started (tests stop it to click nodes).
    window.__kg = {
      ...window.__kg,
      ready: true,
      graph,
      renderer: view.renderer,
      stores: { graphStore, filtersStore, layoutStore, selectionStore, queryStore, appearanceStore },
      actions: { startLayout: (ms?: number) => startLayout(graph, ms, graphView?.visibility()), stopLayout, openNode, setConsoleOpen },
      timings: { loadStarted, graphBuilt, firstFrame },
    };
  });
}

void start();
