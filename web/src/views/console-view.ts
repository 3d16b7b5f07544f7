// The Cypher console: editor, parameters, saved queries, history, results
// (table or graph), errors as messages, export as CSV / JSON.
import { queryStore, runQuery, setParamsText, setQueryText, setResultView } from '../core/query/actions.js';
import { toCsv, toJson } from '../core/query/export.js';
import { extractResultGraph } from '../core/query/result-graph.js';
import { postJson } from '../api-client.js';
import { createCypherEditor, type CypherEditor } from './cypher-editor.js';
import { append, clear, download, h } from './dom.js';
import { resultGraphView, resultTable } from './results-view.js';

export function renderConsole(root: HTMLElement, onOpenNode: (key: string) => void): { editor: CypherEditor; dispose: () => void } {
  const storage = (() => {
    try {
      return window.localStorage;
    } catch {
      return undefined; // storage disabled: history lives only in memory
    }
  })();
  const run = (): void => void runQuery(postJson, storage);

  const editorHost = h('div', { className: 'editor' });
  const params = h('textarea', { className: 'params', spellcheck: 'false', 'aria-label': 'Parameters (JSON)', 'data-testid': 'params', placeholder: '{"symbol": "A/RES/70/125"}' });
  params.value = queryStore.get().paramsText;
  params.addEventListener('input', () => setParamsText(params.value));
  const saved = h('select', { 'aria-label': 'Saved queries', 'data-testid': 'saved-queries' });
  const history = h('select', { 'aria-label': 'History', 'data-testid': 'history' });
  const runButton = h('button', { type: 'button', className: 'primary', 'data-testid': 'run-query', onclick: run, title: 'Ctrl+Enter' }, 'Run');
  const status = h('span', { className: 'muted', 'data-testid': 'query-status' });
  const error = h('div', { className: 'error', role: 'alert', 'data-testid': 'query-error', hidden: true });
  const tabs = h('div', { className: 'tabs' });
  const results = h('div', { className: 'result-body', 'data-testid': 'results' });

  root.append(
    h('div', { className: 'console-head' }, h('h2', {}, 'Cypher console'), h('label', {}, 'Saved ', saved), h('label', {}, 'History ', history)),
    h('div', { className: 'console-inputs' }, editorHost, h('label', { className: 'params-box' }, 'Parameters (JSON)', params)),
    h('div', { className: 'row' }, runButton, status),
    error,
    tabs,
    results,
  );

  const editor = createCypherEditor(editorHost, {
    initial: queryStore.get().text,
    getSchema: () => queryStore.get().schema,
    onChange: setQueryText,
    onRun: run,
  });

  const fillSelect = (select: HTMLSelectElement, title: string, items: { label: string; value: string }[]): void => {
    clear(select);
    select.append(h('option', { value: '' }, items.length ? title : `(${title.toLowerCase()}: none)`));
    for (const item of items) select.append(h('option', { value: item.value, title: item.value }, item.label));
  };
  const pick = (select: HTMLSelectElement): void => {
    if (!select.value) return;
    editor.setText(select.value);
    setQueryText(select.value);
    select.value = '';
  };
  saved.addEventListener('change', () => {
    const query = queryStore.get().saved.find((q) => q.query === saved.value);
    pick(saved);
    // A saved query with parameters gets a template to fill in when the box is empty.
    const current = params.value.trim();
    if (query?.params?.length && (current === '' || current === '{}')) {
      const template = JSON.stringify(Object.fromEntries(query.params.map((name) => [name, ''])), null, 1);
      params.value = template;
      setParamsText(template);
    }
  });
  history.addEventListener('change', () => pick(history));

  let freeGraph: (() => void) | null = null;
  const drawResults = (): void => {
    const state = queryStore.get();
    freeGraph?.();
    freeGraph = null;
    clear(results);
    clear(tabs);
    error.hidden = !state.error;
    error.textContent = state.error ?? '';
    runButton.disabled = state.status === 'running';
    status.textContent =
      state.status === 'running'
        ? 'running…'
        : state.result
          ? `${state.result.rows.length} row(s)${state.result.truncated ? ' (truncated at the row cap)' : ''} in ${state.result.elapsedMs} ms`
          : '';
    const result = state.result;
    if (!result) return;
    const graph = extractResultGraph(result.rows);
    const hasGraph = graph.nodes.length > 0;
    const tab = (view: 'table' | 'graph', label: string): HTMLElement =>
      h('button', { type: 'button', className: state.resultView === view ? 'tab active' : 'tab', onclick: () => setResultView(view) }, label);
    append(tabs, [
      tab('table', 'Table'),
      hasGraph ? tab('graph', `Graph (${graph.nodes.length})`) : null,
      h('button', { type: 'button', onclick: () => download('query-result.csv', toCsv(result.columns, result.rows), 'text/csv') }, 'Export CSV'),
      h('button', { type: 'button', onclick: () => download('query-result.json', toJson(result.columns, result.rows), 'application/json') }, 'Export JSON'),
    ]);
    if (state.resultView === 'graph' && hasGraph) {
      const host = h('div', { className: 'result-graph' });
      results.append(host);
      freeGraph = resultGraphView(host, graph, onOpenNode);
    } else {
      results.append(resultTable(result));
    }
  };
  const drawLists = (): void => {
    const state = queryStore.get();
    fillSelect(saved, 'Saved queries', state.saved.map((q) => ({ label: q.title ?? q.name, value: q.query })));
    fillSelect(history, 'History', state.history.map((q) => ({ label: q.replace(/\s+/g, ' ').slice(0, 80), value: q })));
  };
  const offs = [
    queryStore.subscribe((s, p) => {
      if (s.result !== p.result || s.error !== p.error || s.status !== p.status || s.resultView !== p.resultView) drawResults();
      if (s.saved !== p.saved || s.history !== p.history) drawLists();
      if (s.text !== editor.getText()) editor.setText(s.text);
      if (s.paramsText !== params.value) params.value = s.paramsText;
    }),
  ];
  drawLists();
  drawResults();
  return { editor, dispose: () => offs.forEach((off) => off()) };
}
