// GraphML writer. Written by hand because graphology-graphml only parses
// GraphML; its parser is used in the tests to check what we write.
import type { KnowledgeGraph } from '../build.js';
import { flattenAttributes } from './flatten.js';

type GraphmlType = 'string' | 'double' | 'long' | 'boolean';

function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!)
    // XML 1.0 forbids most control characters even when escaped.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}

function typeOf(v: string | number | boolean): GraphmlType {
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return Number.isInteger(v) ? 'long' : 'double';
  return 'string';
}

export function toGraphml(graph: KnowledgeGraph): string {
  // Collect attribute keys and their types first: GraphML declares keys up front.
  const keys = { node: new Map<string, GraphmlType>(), edge: new Map<string, GraphmlType>() };
  const note = (map: Map<string, GraphmlType>, attrs: Record<string, string | number | boolean>): void => {
    for (const [k, v] of Object.entries(attrs)) {
      const t = typeOf(v);
      const old = map.get(k);
      if (!old) map.set(k, t);
      else if (old !== t) map.set(k, old === 'long' && t === 'double' ? 'double' : old === 'double' && t === 'long' ? 'double' : 'string');
    }
  };
  graph.forEachNode((_k, a) => note(keys.node, flattenAttributes(a)));
  graph.forEachEdge((_k, a) => note(keys.edge, flattenAttributes(a)));

  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'];
  const id = (scope: 'node' | 'edge', k: string): string => `${scope[0]}_${k}`;
  for (const scope of ['node', 'edge'] as const) {
    for (const [k, t] of keys[scope]) {
      out.push(`<key id="${escapeXml(id(scope, k))}" for="${scope}" attr.name="${escapeXml(k)}" attr.type="${t}"/>\n`);
    }
  }
  out.push('<graph edgedefault="directed">\n');
  const data = (scope: 'node' | 'edge', attrs: Record<string, string | number | boolean>): string =>
    Object.entries(attrs)
      .map(([k, v]) => `<data key="${escapeXml(id(scope, k))}">${escapeXml(String(v))}</data>`)
      .join('');
  graph.forEachNode((key, a) => {
    out.push(`<node id="${escapeXml(key)}">${data('node', flattenAttributes(a))}</node>\n`);
  });
  graph.forEachEdge((key, a, source, target) => {
    out.push(`<edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}">${data('edge', flattenAttributes(a))}</edge>\n`);
  });
  out.push('</graph>\n</graphml>\n');
  return out.join('');
}
