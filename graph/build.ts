// Builds the graphology graph from ingest extractions, one resolution at a time,
// merging entities by key (one node per real thing across files) and keeping
// paragraph-level provenance on every edge.
import { MultiDirectedGraph } from 'graphology';
import type { Attributes } from 'graphology-types';
import { edgeKey, kindOfKey, VERB_RELATION_TYPES, type EdgeAttrs, type RelationType } from './model.js';
import type { EntityMention, ResolutionExtraction } from '../ingest/models.js';
import { dateKey, paragraphKey, resolutionKey } from '../ingest/keys.js';
import { normaliseTitle } from '../ingest/recognize/documents.js';

export type KnowledgeGraph = MultiDirectedGraph<Attributes, Attributes, Attributes>;

export function createKnowledgeGraph(): KnowledgeGraph {
  return new MultiDirectedGraph({ allowSelfLoops: true });
}

const VERB_TYPES = new Set<string>(VERB_RELATION_TYPES);

/** Node attributes of a Date key `Date:YYYY[-MM[-DD]]`. */
export function dateAttributes(iso: string): Attributes {
  const [y, m, d] = iso.split('-').map(Number);
  const attrs: Attributes = { kind: 'Date', name: iso, iso, year: y };
  if (m) attrs.month = m;
  if (d) attrs.day = d;
  return attrs;
}

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
}

export class GraphBuilder {
  readonly graph: KnowledgeGraph;
  /** first document each node was learnt from, for edges made at the end (ADOPTED_ON) */
  private readonly firstDocument = new Map<string, string>();

  constructor(graph: KnowledgeGraph = createKnowledgeGraph()) {
    this.graph = graph;
  }

  /**
   * Adds or merges a node. Properties already known are kept unless `authoritative`
   * (the ingested text of a resolution outranks what citations say about it).
   */
  mergeNode(key: string, attrs: Attributes, document: string, authoritative = false): void {
    const g = this.graph;
    // Hot path (every mention of every paragraph): plain loops, attributes mutated
    // in place (the builder owns the graph; nothing listens to its events).
    if (!g.hasNode(key)) {
      this.firstDocument.set(key, document);
      const clean: Attributes = {};
      for (const k in attrs) {
        const v = attrs[k];
        if (!isEmpty(v)) clean[k] = v;
      }
      g.addNode(key, clean);
      return;
    }
    const current = g.getNodeAttributes(key);
    const wasAuthoritative = current.ingested === true;
    for (const k in attrs) {
      const v = attrs[k];
      if (isEmpty(v)) continue;
      const old = current[k];
      if (old === v) continue;
      if (Array.isArray(old) && Array.isArray(v)) {
        const merged = [...new Set([...old, ...v])];
        if (merged.length !== old.length) current[k] = merged;
      } else if (isEmpty(old) || (authoritative && (!wasAuthoritative || k !== 'name'))) {
        current[k] = v;
      }
    }
  }

  private addEdge(type: RelationType, source: string, target: string, attrs: Omit<EdgeAttrs, 'type'>): void {
    const key = edgeKey(type, source, target, { resolution: attrs.resolution, paragraph: attrs.paragraph, clause: attrs.clause });
    if (this.graph.hasEdge(key)) return;
    const clean: Attributes = { type };
    for (const k in attrs) {
      const v = (attrs as Attributes)[k];
      if (v !== undefined) clean[k] = v;
    }
    this.graph.addDirectedEdgeWithKey(key, source, target, clean);
  }

  private mergeMention(m: EntityMention, document: string): void {
    if (this.graph.hasNode(m.key)) {
      // Known entity: only its extra attributes can add anything.
      this.mergeNode(m.key, m.attrs as Attributes, document);
      return;
    }
    const attrs: Attributes = { ...m.attrs, kind: m.kind, name: m.name };
    if (m.kind === 'Date' && typeof m.attrs.iso === 'string') Object.assign(attrs, dateAttributes(m.attrs.iso));
    this.mergeNode(m.key, attrs, document);
  }

  /** Ensures an endpoint named only by key (attribution targets such as `Date:2025-04-07`) exists. */
  private ensureKeyNode(key: string, document: string): boolean {
    if (this.graph.hasNode(key)) return true;
    const kind = kindOfKey(key);
    if (!kind) return false;
    const value = key.slice(kind.length + 1);
    this.mergeNode(key, kind === 'Date' ? dateAttributes(value) : { kind, name: value }, document);
    return true;
  }

  addResolution(ex: ResolutionExtraction): void {
    const r = ex.resolution;
    const doc = r.file;
    const rKey = ex.key ?? resolutionKey(r.symbol);
    this.mergeNode(
      rKey,
      {
        kind: 'Resolution',
        name: r.symbol,
        symbol: r.symbol,
        body: r.body,
        number: r.number,
        title: r.title,
        date: r.date,
        session: r.session,
        agendaItem: r.agendaItem,
        draft: r.draft ? true : undefined,
        instrument: r.instrument,
        ingested: true,
        sourceFile: doc,
      },
      doc,
      true,
    );
    if (r.date) {
      const dKey = dateKey(r.date);
      this.mergeNode(dKey, dateAttributes(r.date), doc);
      this.addEdge('ADOPTED_ON', rKey, dKey, { resolution: rKey, document: doc });
    }

    for (const px of ex.paragraphs) {
      const p = px.paragraph;
      const pKey = paragraphKey(r.symbol, p.id);
      const footnotes = p.footnoteRefs.filter((f) => f.footnote).map((f) => `${f.mark} ${f.footnote!.text}`);
      this.mergeNode(
        pKey,
        {
          kind: 'Paragraph',
          name: `${r.symbol} ${p.id}`,
          resolution: rKey,
          paragraphId: p.id,
          paragraphKind: p.kind,
          number: p.number,
          verb: px.clauses[0]?.verb,
          text: p.text,
          heading: p.heading,
          footnotes,
          sourceFile: doc,
        },
        doc,
        true,
      );
      this.addEdge('PART_OF', pKey, rKey, { resolution: rKey, paragraph: p.id, document: doc });

      const mentioned = new Set<string>();
      for (const m of px.mentions) {
        if (m.key === rKey) continue; // a resolution printing its own symbol is not a citation
        this.mergeMention(m, doc);
        if (mentioned.has(m.key)) continue;
        mentioned.add(m.key);
        this.addEdge('MENTIONS', pKey, m.key, {
          resolution: rKey,
          paragraph: p.id,
          document: doc,
          phrase: m.phrase,
          spanStart: m.start,
          spanEnd: m.end,
          footnote: m.footnote?.mark,
        });
      }
      for (const rel of px.relations) {
        if (rel.target === rKey || !this.graph.hasNode(rel.target)) continue;
        this.addEdge(rel.type, rKey, rel.target, {
          resolution: rKey,
          paragraph: p.id,
          document: doc,
          footnote: rel.footnote,
          verb: rel.verb,
          phrase: rel.phrase,
          spanStart: rel.start,
          spanEnd: rel.end,
          clause: rel.clause,
        });
      }
      for (const a of px.attributions) {
        if (a.source === a.target) continue;
        if (!this.ensureKeyNode(a.source, doc) || !this.ensureKeyNode(a.target, doc)) continue;
        this.addEdge(a.type, a.source, a.target, { resolution: rKey, paragraph: p.id, document: doc, phrase: a.phrase, spanStart: a.start, spanEnd: a.end });
      }
    }
  }

  /** Moves every edge of `from` onto `to` (merging properties) and drops `from`. */
  mergeNodeInto(from: string, to: string): void {
    const g = this.graph;
    this.mergeNode(to, g.getNodeAttributes(from), this.firstDocument.get(from) ?? '');
    const moves: [string, string, Attributes][] = [];
    g.forEachEdge(from, (_e, attrs, source, target) => {
      moves.push([source === from ? to : source, target === from ? to : target, attrs]);
    });
    g.dropNode(from);
    for (const [source, target, attrs] of moves) {
      const { type, ...rest } = attrs;
      this.addEdge(type as RelationType, source, target, rest as Omit<EdgeAttrs, 'type'>);
    }
  }

  /**
   * Events are keyed by name + start date. A mention that gives no date ("the
   * twenty-eighth session of the Commission") is the same event as the one dated
   * mention of that name, when there is exactly one.
   */
  private mergeUndatedEvents(): void {
    const g = this.graph;
    const dated = new Map<string, string[]>();
    g.forEachNode((key, attrs) => {
      if (attrs.kind !== 'Event') return;
      const at = key.indexOf(' @ ');
      if (at < 0) return;
      const base = key.slice(0, at);
      const list = dated.get(base);
      if (list) list.push(key);
      else dated.set(base, [key]);
    });
    for (const [base, keys] of dated) {
      if (keys.length === 1 && g.hasNode(base)) this.mergeNodeInto(base, keys[0]!);
    }
  }

  /**
   * A report cited by title in one place and by title plus footnote symbol in another is one
   * document: the title-keyed node joins the symbol-keyed node that carries the same title,
   * when exactly one does.
   */
  private mergeTitledDocuments(): void {
    const g = this.graph;
    // title-keyed nodes, by key without the citing session a subject-only report is scoped by ("... (A/78)")
    const titled = new Map<string, { key: string; session?: string }[]>();
    g.forEachNode((key, attrs) => {
      if (attrs.kind !== 'Document' || attrs.symbol !== undefined) return;
      const m = /^(.*) \(([AE]\/\d{1,4})\)$/.exec(key);
      const base = m ? m[1]! : key;
      const list = titled.get(base) ?? [];
      list.push({ key, session: m?.[2] });
      titled.set(base, list);
    });
    const claims = new Map<string, string[]>();
    g.forEachNode((key, attrs) => {
      if (attrs.kind !== 'Document' || typeof attrs.symbol !== 'string' || typeof attrs.title !== 'string') return;
      const symbol = attrs.symbol;
      for (const t of titled.get(`Document:${normaliseTitle(attrs.title)}`) ?? []) {
        // a report of the seventy-eighth session (A/78/...) is not the one cited by subject in the seventy-ninth
        if (t.session && !symbol.startsWith(`${t.session}/`)) continue;
        const list = claims.get(t.key) ?? [];
        list.push(key);
        claims.set(t.key, list);
      }
    });
    for (const [titleKey, keys] of claims) if (keys.length === 1) this.mergeNodeInto(titleKey, keys[0]!);
  }

  /**
   * "Security Council resolution 1373" and "resolution 1373 (2001)" are one
   * resolution: the yearless key joins the one keyed with its year.
   */
  private mergeYearlessCouncilResolutions(): void {
    const g = this.graph;
    const withYear = new Map<string, string[]>();
    g.forEachNode((key) => {
      const m = /^(Resolution:S\/RES\/\d+)\(\d{4}\)$/.exec(key);
      if (!m) return;
      const list = withYear.get(m[1]!);
      if (list) list.push(key);
      else withYear.set(m[1]!, [key]);
    });
    for (const [bare, keys] of withYear) {
      if (keys.length === 1 && g.hasNode(bare)) this.mergeNodeInto(bare, keys[0]!);
    }
  }

  /**
   * Cross-document clean-up once every file is in:
   * - a resolution cannot cite a later one: such an edge is a misread and is dropped;
   * - cited resolutions with a known date get their ADOPTED_ON edge;
   * - cited-only nodes left with no edge are removed.
   */
  finalize(): KnowledgeGraph {
    const g = this.graph;
    const drop: string[] = [];
    g.forEachEdge((edge, attrs, source, target, sAttrs, tAttrs) => {
      if (sAttrs.kind === 'Paragraph' && attrs.type === 'MENTIONS' && tAttrs.kind === 'Resolution') {
        const owner = g.hasNode(sAttrs.resolution) ? g.getNodeAttributes(sAttrs.resolution) : undefined;
        if (owner?.date && tAttrs.date && tAttrs.date > owner.date && !tAttrs.draft) drop.push(edge);
        return;
      }
      if (sAttrs.kind !== 'Resolution' || tAttrs.kind !== 'Resolution') return;
      if (!VERB_TYPES.has(attrs.type) && attrs.type !== 'CITES') return;
      if (sAttrs.date && tAttrs.date && tAttrs.date > sAttrs.date) drop.push(edge);
    });
    for (const e of drop) g.dropEdge(e);

    this.mergeUndatedEvents();
    this.mergeTitledDocuments();
    this.mergeYearlessCouncilResolutions();

    const orphans: string[] = [];
    g.forEachNode((key, attrs) => {
      if (g.degree(key) === 0 && !attrs.ingested) orphans.push(key);
    });
    for (const k of orphans) g.dropNode(k);
    const cited = g.filterNodes((_key, attrs) => attrs.kind === 'Resolution' && !attrs.ingested && Boolean(attrs.date));
    for (const key of cited) {
      const date = g.getNodeAttribute(key, 'date') as string;
      const dKey = dateKey(date);
      const doc = this.firstDocument.get(key) ?? '';
      this.mergeNode(dKey, dateAttributes(date), doc);
      this.addEdge('ADOPTED_ON', key, dKey, { resolution: key, document: doc });
    }

    return g;
  }
}

