// Finds nodes, relationships and paths in query result rows (as cypher/format.ts
// toPlain writes them) so a result can be drawn as a graph. Liberal in what it
// accepts: Neo4j-style {elementId, labels, properties} nodes and
// {type, startNodeElementId, endNodeElementId} relationships, and paths as
// {nodes, relationships} or {segments: [{start, relationship, end}]}.
export interface ResultNode {
  id: string;
  label: string;
  kind: string;
  properties: Record<string, unknown>;
}

export interface ResultEdge {
  id: string;
  source: string;
  target: string;
  type: string;
}

export interface ResultGraph {
  nodes: ResultNode[];
  edges: ResultEdge[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const idOf = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);

function nodeId(value: Obj): string | undefined {
  const props = isObj(value.properties) ? value.properties : {};
  return idOf(props.key) ?? idOf(value.key) ?? idOf(value.elementId) ?? idOf(value.identity) ?? idOf(value.id);
}

export function asResultNode(value: unknown): ResultNode | undefined {
  if (!isObj(value) || !Array.isArray(value.labels)) return undefined;
  const id = nodeId(value);
  if (!id) return undefined;
  const properties = isObj(value.properties) ? value.properties : {};
  const kind = String(value.labels[0] ?? properties.kind ?? '');
  const name = properties.symbol ?? properties.name ?? properties.key ?? id;
  return { id, kind, label: String(name), properties };
}

function endpoint(value: Obj, names: string[]): string | undefined {
  for (const name of names) {
    const v = value[name];
    if (isObj(v)) {
      const id = nodeId(v);
      if (id) return id;
    }
    const id = idOf(v);
    if (id) return id;
  }
  return undefined;
}

export function asResultEdge(value: unknown): ResultEdge | undefined {
  if (!isObj(value) || typeof value.type !== 'string' || Array.isArray(value.labels)) return undefined;
  const source = endpoint(value, ['startNodeKey', 'startKey', 'startNodeElementId', 'start', 'startNode', 'source']);
  const target = endpoint(value, ['endNodeKey', 'endKey', 'endNodeElementId', 'end', 'endNode', 'target']);
  if (!source || !target) return undefined;
  const props = isObj(value.properties) ? value.properties : {};
  const id = idOf(props.key) ?? idOf(value.key) ?? idOf(value.elementId) ?? idOf(value.identity) ?? `${source}-${value.type}-${target}`;
  return { id, source, target, type: value.type };
}

export function extractResultGraph(rows: unknown[][]): ResultGraph {
  const nodes = new Map<string, ResultNode>();
  const edges = new Map<string, ResultEdge>();
  // Relationship endpoints may be element ids while nodes are keyed by `key`: map one to the other.
  const alias = new Map<string, string>();
  const visit = (value: unknown, depth: number): void => {
    if (depth > 6 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const node = asResultNode(value);
    if (node) {
      nodes.set(node.id, node);
      const element = idOf((value as Obj).elementId) ?? idOf((value as Obj).identity);
      if (element && element !== node.id) alias.set(element, node.id);
      return;
    }
    const edge = asResultEdge(value);
    if (edge) {
      edges.set(edge.id, edge);
      for (const side of ['start', 'end', 'startNode', 'endNode'] as const) visit((value as Obj)[side], depth + 1);
      return;
    }
    for (const child of Object.values(value as Obj)) visit(child, depth + 1);
  };
  for (const row of rows) visit(row, 0);
  const resolved = [...edges.values()]
    .map((e) => ({ ...e, source: alias.get(e.source) ?? e.source, target: alias.get(e.target) ?? e.target }))
    .filter((e) => nodes.has(e.source) && nodes.has(e.target));
  return { nodes: [...nodes.values()], edges: resolved };
}
