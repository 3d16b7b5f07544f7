// Hand-annotated gold files (tests/gold/*.gold.tsv; format in tests/gold/README.md) and the scorer that matches them
// against an ingested graph: precision, recall and F1 per score (ENT entities, CIT citations, REL verb relations,
// ATT attributions, DATE dates), per file and summed over a set. Used by `npm run bench:accuracy` and its tests.
// Written by hand: the matching rules (scope, alternative names, one match per fact) are this project's own.
import { z } from 'zod';

export const SCORES = ['ENT', 'CIT', 'REL', 'ATT', 'DATE'] as const;
export type Score = (typeof SCORES)[number];

export const ENTITY_KINDS = ['Resolution', 'Document', 'Organization', 'Event', 'Initiative', 'Framework', 'ActionLine', 'Place'] as const;

/** Edge types that are not verb relations of a resolution nor attributions: provenance. */
const PROVENANCE = new Set(['MENTIONS']);

// "OP19.1": an unnumbered operative paragraph after the printed "19." (segment.ts numberedIds; A/RES/79/281's section II
// "Takes note of the notes by the Secretary-General.")
const paragraphId = z.string().regex(/^(?:[A-Za-z]+\.)?(?:PP|OP)\d+(?:\.\d+)?$/, 'a paragraph id such as PP3, OP12, OP19.1 or AnnexI.OP4');
const relationType = z.string().regex(/^[A-Z][A-Z_]*$/, 'a relation type in capitals, such as RECALLS');
const names = z
  .string()
  .min(1)
  .transform((s) => s.split(' | ').map((n) => n.trim()).filter(Boolean))
  .pipe(z.array(z.string()).min(1, 'at least one name'));

const factSchema = z.discriminatedUnion('score', [
  z.object({ score: z.literal('ENT'), kind: z.enum(ENTITY_KINDS), names }),
  z.object({ score: z.literal('CIT'), paragraph: paragraphId, symbol: z.string().min(1) }),
  z.object({ score: z.literal('REL'), paragraph: paragraphId, type: relationType, names }),
  z.object({ score: z.literal('ATT'), type: relationType, source: names, target: names }),
  z.object({ score: z.literal('DATE'), iso: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'an ISO date: 2025, 2025-04 or 2025-04-07') }),
]);
export type GoldFact = z.infer<typeof factSchema>;

export interface GoldFile {
  /** where the gold file is (for messages) */
  path: string;
  /** the annotated text, relative to the shared data folder */
  source: string;
  /** which resolution of the source (its key without "Resolution:"), when the file holds several */
  resolution?: string;
  /** the annotated paragraphs; undefined: all */
  scope?: (paragraph: string) => boolean;
  annotator?: string;
  facts: GoldFact[];
}

/** A gold file that does not parse: the message names the file and line. */
export class GoldFormatError extends Error {}

const FIELDS: Record<Score, string[]> = {
  ENT: ['kind', 'names'],
  CIT: ['paragraph', 'symbol'],
  REL: ['paragraph', 'type', 'names'],
  ATT: ['type', 'source', 'target'],
  DATE: ['iso'],
};

/** "PP1-PP14 OP1-OP20 AnnexI.OP3": ranges share their prefix; a bare id is one paragraph; "AnnexI.*" a whole part. */
export function parseScope(spec: string, where: string): (paragraph: string) => boolean {
  const tests: ((p: string) => boolean)[] = [];
  for (const item of spec.split(/[\s,]+/).filter(Boolean)) {
    const wild = /^(.+)\*$/.exec(item);
    if (wild) {
      const prefix = wild[1]!;
      tests.push((p) => p.startsWith(prefix));
      continue;
    }
    const range = /^((?:[A-Za-z]+\.)?(?:PP|OP))(\d+)(?:-((?:[A-Za-z]+\.)?(?:PP|OP))(\d+))?$/.exec(item);
    if (!range || (range[3] !== undefined && range[3] !== range[1])) {
      throw new GoldFormatError(`${where}: scope item "${item}" is not a paragraph id or a range such as PP1-PP14`);
    }
    const prefix = range[1]!;
    const from = Number(range[2]);
    const to = range[4] === undefined ? from : Number(range[4]);
    tests.push((p) => {
      if (!p.startsWith(prefix)) return false;
      const rest = p.slice(prefix.length);
      if (!/^\d+$/.test(rest)) return false;
      const n = Number(rest);
      return n >= from && n <= to;
    });
  }
  return (p) => tests.some((t) => t(p));
}

/** Parses one gold file's text; throws GoldFormatError naming the file and line of the first fault. */
export function parseGold(text: string, path: string): GoldFile {
  const file: GoldFile = { path, source: '', facts: [] };
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const where = `${path}:${i + 1}`;
    const line = raw.replace(/\s+$/, '');
    if (line === '') return;
    if (line.startsWith('#!')) {
      const [key, ...rest] = line.slice(2).split('\t');
      const value = rest.join('\t').trim();
      if (key === 'source') file.source = value;
      else if (key === 'resolution') file.resolution = value;
      else if (key === 'scope') file.scope = parseScope(value, where);
      else if (key === 'annotator') file.annotator = value;
      else throw new GoldFormatError(`${where}: unknown header "#!${key}" (source, resolution, scope, annotator)`);
      return;
    }
    if (line.startsWith('#')) return;
    const [score, ...fields] = line.split('\t');
    if (!(SCORES as readonly string[]).includes(score!)) {
      throw new GoldFormatError(`${where}: a fact line starts with ENT, CIT, REL, ATT or DATE and a tab, not "${score}"`);
    }
    const names = FIELDS[score as Score];
    // a trailing "# ..." field is a comment on the fact
    const values = fields.filter((f) => !f.startsWith('#')).map((f) => f.trim());
    if (values.length !== names.length) {
      throw new GoldFormatError(`${where}: ${score} takes ${names.length} tab-separated fields (${names.join(', ')}), found ${values.length}`);
    }
    const parsed = factSchema.safeParse({ score, ...Object.fromEntries(names.map((n, j) => [n, values[j]])) });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new GoldFormatError(`${where}: ${score} field ${issue.path.join('.') || '?'}: ${issue.message}`);
    }
    // a date is one node per ISO value, so a date stated in two paragraphs is one fact (two lines could never both match);
    // ENT, REL and ATT lines may repeat on purpose: one per node of a shared name (eight summits of one name)
    const fact = parsed.data;
    if (fact.score === 'DATE' && file.facts.some((known) => known.score === 'DATE' && known.iso === fact.iso)) return;
    file.facts.push(fact);
  });
  if (file.source === '') throw new GoldFormatError(`${path}: no "#!source<TAB><path>" header naming the annotated text`);
  return file;
}

/** Names compare without case, a leading "the", spaces and punctuation: "the ITU" = "ITU" = "I.T.U.". */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

// ---- the graph side -------------------------------------------------------------------------------------------

/** graphology's JSON serialisation, as `kg ingest --out` writes it (only what the scorer reads). */
export interface SerializedGraph {
  nodes: { key: string; attributes?: Record<string, unknown> }[];
  edges: { source: string; target: string; attributes?: Record<string, unknown> }[];
}

interface NodeView {
  key: string;
  kind: string;
  /** name keys of the node: its name, acronym, aliases, symbol, ISO value */
  keys: Set<string>;
  label: string;
}

/** One system fact, with the node views the gold facts match against. */
export interface SystemFact {
  score: Score;
  paragraph?: string;
  type?: string;
  kind?: string;
  node?: NodeView;
  source?: NodeView;
  label: string;
}

export class GraphIndex {
  readonly nodes = new Map<string, NodeView>();
  /** the resolution keys per source file */
  readonly resolutionsOfFile = new Map<string, string[]>();
  readonly edgesOfResolution = new Map<string, SerializedGraph['edges']>();
  /** paragraph node key -> its resolution key and paragraph id */
  readonly paragraphs = new Map<string, { resolution: string; id: string }>();

  constructor(graph: SerializedGraph) {
    for (const n of graph.nodes) {
      const a = n.attributes ?? {};
      const kind = String(a.kind ?? '');
      const keys = new Set<string>();
      const add = (v: unknown): void => {
        if (typeof v === 'string' && v !== '') keys.add(nameKey(v));
        else if (Array.isArray(v)) v.forEach(add);
      };
      add(a.name);
      add(a.acronym);
      add(a.aliases);
      add(a.symbol);
      add(a.iso);
      this.nodes.set(n.key, { key: n.key, kind, keys, label: `${kind}:${String(a.name ?? n.key)}` });
      if (kind === 'Resolution' && typeof a.sourceFile === 'string') {
        const list = this.resolutionsOfFile.get(a.sourceFile) ?? [];
        list.push(n.key);
        this.resolutionsOfFile.set(a.sourceFile, list);
      }
      if (kind === 'Paragraph' && typeof a.resolution === 'string' && typeof a.paragraphId === 'string') {
        this.paragraphs.set(n.key, { resolution: a.resolution, id: a.paragraphId });
      }
    }
    for (const e of graph.edges) {
      const res = e.attributes?.resolution;
      if (typeof res !== 'string') continue;
      const list = this.edgesOfResolution.get(res) ?? [];
      list.push(e);
      this.edgesOfResolution.set(res, list);
    }
  }

  /** The system's facts for one resolution within a scope, per score (deduplicated as the gold's units are). */
  factsOf(resolution: string, scope: ((p: string) => boolean) | undefined): Map<Score, SystemFact[]> {
    const out = new Map<Score, SystemFact[]>(SCORES.map((s) => [s, []]));
    const seen = new Set<string>();
    const push = (unit: string, fact: SystemFact): void => {
      if (seen.has(unit)) return;
      seen.add(unit);
      out.get(fact.score)!.push(fact);
    };
    const inScope = (p: unknown): p is string => typeof p === 'string' && (scope === undefined || scope(p));
    for (const e of this.edgesOfResolution.get(resolution) ?? []) {
      const a = e.attributes ?? {};
      const type = String(a.type ?? '');
      const paragraph = a.paragraph;
      if (!inScope(paragraph)) continue;
      const target = this.nodes.get(e.target);
      if (!target || target.kind === 'Paragraph') continue;
      const fromParagraph = this.paragraphs.has(e.source);
      const fromResolution = e.source === resolution;
      if (target.key !== resolution && (fromParagraph || fromResolution)) {
        if (target.kind === 'Date') push(`DATE|${target.key}`, { score: 'DATE', node: target, label: target.label });
        else push(`ENT|${target.key}`, { score: 'ENT', kind: target.kind, node: target, label: target.label });
        if (target.kind === 'Resolution') {
          push(`CIT|${paragraph}|${target.key}`, { score: 'CIT', paragraph, node: target, label: `${paragraph} ${target.label}` });
        }
      }
      if (fromResolution && !PROVENANCE.has(type) && type !== 'PART_OF') {
        push(`REL|${paragraph}|${type}|${target.key}`, { score: 'REL', paragraph, type, node: target, label: `${paragraph} ${type} ${target.label}` });
      } else if (!fromResolution && !fromParagraph && !PROVENANCE.has(type)) {
        const source = this.nodes.get(e.source);
        if (source) {
          push(`ATT|${type}|${e.source}|${e.target}`, { score: 'ATT', type, source, node: target, label: `${type} ${source.label} -> ${target.label}` });
        }
      }
    }
    return out;
  }
}

// ---- matching --------------------------------------------------------------------------------------------------

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface FileScore {
  gold: GoldFile;
  resolution: string;
  tallies: Record<Score, Tally>;
  /** unmatched facts, for --verbose */
  falsePositives: { score: Score; label: string }[];
  falseNegatives: { score: Score; label: string }[];
}

// (a resolution of the Assembly's first sessions named as printed, "A/RES/217 A (III)", as CIT compares it)
const anyName = (names: string[], node: NodeView | undefined): boolean => node !== undefined && names.some((n) => node.keys.has(nameKey(n)) || node.keys.has(nameKey(sessionLetterLast(n))));

function matches(g: GoldFact, s: SystemFact): boolean {
  if (g.score !== s.score) return false;
  switch (g.score) {
    case 'ENT':
      return s.kind === g.kind && anyName(g.names, s.node);
    case 'CIT':
      // symbols compare as names do: "S/RES/242 (1967)" = "S/RES/242(1967)"; alternatives after " | " as for names
      // ("A/RES/217 A (III) | A/RES/217(III)A", as annotators write the printed and the keyed form)
      return s.paragraph === g.paragraph && s.node !== undefined && g.symbol.split('|').some((symbol) => s.node!.keys.has(nameKey(sessionLetterLast(symbol))));
    case 'REL':
      return s.paragraph === g.paragraph && s.type === g.type && anyName(g.names, s.node);
    case 'ATT':
      return s.type === g.type && anyName(g.source, s.source) && anyName(g.target, s.node);
    case 'DATE':
      return s.node !== undefined && s.node.keys.has(nameKey(g.iso));
  }
}

/** "A/RES/217 A (III)" as printed is keyed "A/RES/217(III)A": the letter of a part after the session's numeral. */
export function sessionLetterLast(symbol: string): string {
  const m = /^(A\/RES\/)?(\d+)\s*([A-Z])?\s*\(([IVXLC]+)\)\s*([A-Z])?$/.exec(symbol.trim());
  if (!m) return symbol;
  return `A/RES/${m[2]}(${m[4]})${m[3] ?? m[5] ?? ''}`;
}

function goldLabel(g: GoldFact): string {
  switch (g.score) {
    case 'ENT':
      return `${g.kind}:${g.names.join(' | ')}`;
    case 'CIT':
      return `${g.paragraph} ${g.symbol}`;
    case 'REL':
      return `${g.paragraph} ${g.type} ${g.names.join(' | ')}`;
    case 'ATT':
      return `${g.type} ${g.source.join(' | ')} -> ${g.target.join(' | ')}`;
    case 'DATE':
      return g.iso;
  }
}

/** Which resolution of the graph a gold file annotates: its #!resolution, else the one resolution of its source. */
export function resolutionOfGold(index: GraphIndex, gold: GoldFile, sourcePath: string): string {
  const inFile = index.resolutionsOfFile.get(sourcePath) ?? [];
  if (gold.resolution !== undefined) {
    // as printed or as the graph keys it: "S/RES/242 (1967)" is "S/RES/242(1967)" (spaces do not matter, as in the facts)
    const wanted = `Resolution:${gold.resolution}`.replace(/\s+/g, '');
    const key = inFile.find((k) => k.replace(/\s+/g, '') === wanted);
    if (key === undefined) {
      throw new GoldFormatError(`${gold.path}: #!resolution ${gold.resolution} is not among the resolutions read from ${gold.source} (${inFile.map((k) => k.replace(/^Resolution:/, '')).join(', ') || 'none'})`);
    }
    return key;
  }
  if (inFile.length !== 1) {
    throw new GoldFormatError(`${gold.path}: ${gold.source} holds ${inFile.length} resolutions (${inFile.map((k) => k.replace(/^Resolution:/, '')).join(', ')}): name one with "#!resolution"`);
  }
  return inFile[0]!;
}

/** Scores one gold file: each gold fact takes at most one system fact that matches it, and each system fact one gold fact. */
export function scoreFile(index: GraphIndex, gold: GoldFile, resolution: string): FileScore {
  const system = index.factsOf(resolution, gold.scope);
  const tallies = Object.fromEntries(SCORES.map((s) => [s, { tp: 0, fp: 0, fn: 0 }])) as Record<Score, Tally>;
  const falsePositives: FileScore['falsePositives'] = [];
  const falseNegatives: FileScore['falseNegatives'] = [];
  for (const score of SCORES) {
    const sys = system.get(score)!;
    const taken = new Array<boolean>(sys.length).fill(false);
    for (const g of gold.facts) {
      if (g.score !== score) continue;
      const i = sys.findIndex((s, j) => !taken[j] && matches(g, s));
      if (i >= 0) {
        taken[i] = true;
        tallies[score].tp++;
      } else {
        tallies[score].fn++;
        falseNegatives.push({ score, label: goldLabel(g) });
      }
    }
    sys.forEach((s, j) => {
      if (taken[j]) return;
      tallies[score].fp++;
      falsePositives.push({ score, label: s.label });
    });
  }
  return { gold, resolution, tallies, falsePositives, falseNegatives };
}

export function addTallies(into: Record<Score, Tally>, more: Record<Score, Tally>): void {
  for (const s of SCORES) {
    into[s].tp += more[s].tp;
    into[s].fp += more[s].fp;
    into[s].fn += more[s].fn;
  }
}

export function emptyTallies(): Record<Score, Tally> {
  return Object.fromEntries(SCORES.map((s) => [s, { tp: 0, fp: 0, fn: 0 }])) as Record<Score, Tally>;
}

/** F1 of a tally; 1 when there was nothing to find and nothing found. */
export function f1(t: Tally): number {
  if (t.tp + t.fp + t.fn === 0) return 1;
  return (2 * t.tp) / (2 * t.tp + t.fp + t.fn);
}

export function precision(t: Tally): number {
  return t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
}

export function recall(t: Tally): number {
  return t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
}
