// A resolution's graph changes, worked out from its extraction alone (so on the
// worker thread that extracted it) and replayed by GraphBuilder.applyPlan on the
// main thread. Everything that does not depend on what the graph already holds
// (keys, cleaned attribute objects, edge keys, per-paragraph de-duplication) is
// done here; the main thread only looks keys up and adds or merges.
//
// The plan is also the wire form between ingest workers and the main thread: its ops and their
// operands are one Int32Array, strings and objects are in two lists beside it. A structured clone
// copies an Int32Array as it is, where each element of an array of mixed values is one more value to
// write and read back: 2.7M of them over corpus-ga, ~0.25 s of CPU between the entities worker and
// the main thread. Node keys (and verbs, and mention attribute names) are given once per plan.
// A mention's attributes travel as name/value pairs in the ops, not as an object.
// Edge keys are not in the plan: each spells out two node keys and the paragraph, all of which the
// applier has.
import type { Attributes } from 'graphology-types';
import { kindOfKey, RELATION_TYPES } from './model-keys.js';
import type { ParagraphExtraction, ResolutionExtraction } from '../ingest/models.js';
import { TAGGED_MARKER, TaggedWriter } from '../ingest/tagged-values.js';
import { dateKey, paragraphKey, resolutionKey } from '../ingest/keys.js';

/** Op codes of ResolutionPlan.ops; each is followed by a fixed number of operands. */
export const OP = {
  /** key, attrs: the resolution node (authoritative). Operands after the op code: node keys are string indexes, the rest tagged values unless said otherwise */
  resolution: 0,
  /** key, attrs: its adoption date node and the ADOPTED_ON edge */
  adoptedOn: 1,
  /** key, paragraphId, paragraphKind, number, verb, text, heading, footnotes (undefined when none): a paragraph node
   * (authoritative; see paragraphAttributes) and its PART_OF edge; the ops after it up to the next paragraph are that paragraph's */
  paragraph: 2,
  /** key, kind, name, first, phrase (see phraseOperand, as in the ops below), start, end, footnoteMark, n (untagged), then n pairs (attribute name as a
   * string index, value): the mention's attributes, in their order. Merge the mentioned node (or add it from those
   * attributes), then the MENTIONS edge (first false: the paragraph mentions that node already, no edge; kind and name
   * null: those the key spells, `Kind:name`) */
  mention: 3,
  /** type (index in RELATION_TYPES), target, footnote, verb, phrase, start, end, clause: a verb relation, kept when the target exists */
  relation: 4,
  /** type (index in RELATION_TYPES), source, target, phrase, start, end: endpoints named only by key are added when missing
   * (with keyNodeAttributes; a key that names no kind drops the edge), then the edge */
  attribution: 5,
} as const;

/**
 * A resolution's graph changes. `code` holds op codes (OP) and their operands. An operand that names
 * a node key, a mention attribute's name, a relation type or a count is a plain number (a string's
 * index, an index in RELATION_TYPES); one that may hold any value is tagged (see ingest/tagged-values.ts). Node attribute objects and lists travel in `values`.
 */
export interface ResolutionPlan {
  /** resolution node key (also string 0) */
  resolution: string;
  /** the resolution's symbol */
  symbol: string;
  /** source file: the document of every edge, and of every node first learnt from this resolution */
  document: string;
  /** node keys, verbs and mention attribute names (each once), and the other strings of the plan */
  strings: string[];
  /** op codes and operands */
  code: Int32Array;
  /** operands that are objects or lists */
  values: unknown[];
  /** recogniser warnings of the extraction, passed through */
  warnings?: string[];
  paragraphs: number;
}

export function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
}

/** A copy of `attrs` without empty values, key order kept. */
export function withoutEmpty(attrs: Attributes): Attributes {
  const clean: Attributes = {};
  for (const k in attrs) {
    const v = attrs[k];
    if (!isEmpty(v)) clean[k] = v;
  }
  return clean;
}

/** Node attributes of a Date key `Date:YYYY[-MM[-DD]]`. */
export function dateAttributes(iso: string): Attributes {
  const [y, m, d] = iso.split('-').map(Number);
  const attrs: Attributes = { kind: 'Date', name: iso, iso, year: y };
  if (m) attrs.month = m;
  if (d) attrs.day = d;
  return attrs;
}

/** Attributes of a node named only by its key, or null when the key names no kind. */
export function keyNodeAttributes(key: string): Attributes | null {
  const kind = kindOfKey(key);
  if (!kind) return null;
  const value = key.slice(kind.length + 1);
  return withoutEmpty(kind === 'Date' ? dateAttributes(value) : { kind, name: value });
}

/** Attributes of a node first met as a mention: the mention's extras, its kind and name (uncleaned). */
export function mentionNodeAttributes(kind: string, name: string, attrs: Attributes): Attributes {
  const all: Attributes = { ...attrs, kind, name };
  if (kind === 'Date' && typeof attrs.iso === 'string') Object.assign(all, dateAttributes(attrs.iso));
  return all;
}

/**
 * A paragraph node's attributes (built where the plan is applied, from the OP.paragraph operands):
 * `kind, name, resolution, paragraphId, paragraphKind, number, verb, text, heading, footnotes,
 * sourceFile` without the empty ones. The usual shapes (no heading; 87% over corpus-ga) are made by
 * one object literal each, so that V8 allocates each node's object once with its properties inside it.
 */
export function paragraphAttributes(
  plan: Pick<ResolutionPlan, 'resolution' | 'symbol' | 'document'>,
  id: string,
  kind: unknown,
  number: unknown,
  verb: unknown,
  text: unknown,
  heading: unknown,
  footnotes: unknown,
): Attributes {
  // join makes one flat string; a template literal would be kept as a tree of two ConsString cells
  const name = [plan.symbol, id].join(' ');
  const resolution = plan.resolution;
  const sourceFile = plan.document;
  if (isEmpty(heading) && !isEmpty(id) && !isEmpty(kind) && !isEmpty(verb) && !isEmpty(text) && !isEmpty(resolution) && !isEmpty(sourceFile)) {
    const p = 'Paragraph';
    if (isEmpty(footnotes)) {
      if (isEmpty(number)) return { kind: p, name, resolution, paragraphId: id, paragraphKind: kind, verb, text, sourceFile };
      return { kind: p, name, resolution, paragraphId: id, paragraphKind: kind, number, verb, text, sourceFile };
    }
    if (isEmpty(number)) return { kind: p, name, resolution, paragraphId: id, paragraphKind: kind, verb, text, footnotes, sourceFile };
    return { kind: p, name, resolution, paragraphId: id, paragraphKind: kind, number, verb, text, footnotes, sourceFile };
  }
  return withoutEmpty({ kind: 'Paragraph', name, resolution, paragraphId: id, paragraphKind: kind, number, verb, text, heading, footnotes, sourceFile });
}

const RELATION_INDEX = new Map<string, number>(RELATION_TYPES.map((t, i) => [t, i]));

/** The index of a relation type in RELATION_TYPES. */
function typeIndex(type: string, doc: string): number {
  const i = RELATION_INDEX.get(type);
  if (i === undefined) throw new Error(`${doc}: unknown relation type ${type}`);
  return i;
}

// planResolution and the parts of a paragraph's plan, one function each: a deopt in one of them (a number
// first seen as a double, an object of another shape) then compiles that part again, not all of them
// inlined in one function (two compiles of ~90 ms each over corpus-ga).

/**
 * Mention attributes whose place among the others shows when the applier makes a new node's
 * attributes (mentionNodeAttributes spreads them before `kind` and `name`, and reads `iso`): they
 * travel even when empty.
 */
const SPREAD_FIRST = new Set(['kind', 'name', 'iso']);

/**
 * A phrase operand: TAGGED_MARKER when the phrase is the span [start, end) of the paragraph's
 * `text` (not a footnote's), else the phrase. The applier cuts a marked phrase from the text it
 * has anyway (a slice shares the text's characters): 167k of 186k phrases over corpus-ga, which
 * then are neither cloned to the main thread nor kept there as copies.
 */
export function phraseOperand(w: TaggedWriter, phrase: unknown, start: unknown, end: unknown, footnote: unknown, text: string): number {
  if (footnote === undefined && typeof phrase === 'string' && typeof start === 'number' && end === start + phrase.length && isAt(text, phrase, start)) return TAGGED_MARKER;
  return w.value(phrase);
}

/**
 * `text.startsWith(part, at)`, character by character. With startsWith, planning and cloning corpus-ga's
 * plans cost the entities worker more than without the markers (median 410 vs 341 ms of CPU); with this,
 * less (381 vs 393 ms; .tmp-prof/planbench.mts, 8 alternating passes).
 */
function isAt(text: string, part: string, at: number): boolean {
  const n = part.length;
  if (at < 0 || at + n > text.length) return false;
  for (let k = 0; k < n; k++) if (text.charCodeAt(at + k) !== part.charCodeAt(k)) return false;
  return true;
}

function isEmptyList(v: unknown): boolean {
  return Array.isArray(v) && v.length === 0;
}

/**
 * The paragraph's mentions (OP.mention). An attribute that is an empty list (`aliases: []`, 20k of
 * 233k mention attributes over corpus-ga) is left out: the applier skips empty values when it merges
 * and drops them from a new node (withoutEmpty), so it changes nothing but costs a list to clone.
 * A string value is written once per plan (keyValue), as a paragraph's kind is: 148k of the 456k
 * strings of corpus-ga's plans repeated one of their plan ('operative' 21k, 'preambular' 16k, 'General
 * Assembly' 13k, 'conference', 'GA', ...), each one more string to clone and for the main thread to
 * read and, for a new node, keep.
 *
 * Tried in session 53 (spd53b), not kept: the key's kind and name tests (`m.key.charCodeAt`, `startsWith`, `endsWith`, megamorphic
 * method loads by spd52b's count: planMentions 15.2M of LoadIC_Megamorphic in a warm pass) and isAt's reads through String.prototype
 * (ingest/codeUnit.ts codeUnitAt, String.prototype.startsWith.call). planResolution alone over every 3rd corpus-ga file's
 * extractions (301), 12 passes after the warm-up, thread CPU of passes 3-12, base/new alternating at host load ~21: median
 * 94.3/93.5 and 90.9/90.7 ms: nothing a shared host shows (the `length` loads stay megamorphic: a string's length has no
 * String.prototype form). The same plans (12,029,088 code words in the 12 passes, both).
 */
function planMentions(w: TaggedWriter, mentions: ParagraphExtraction['mentions'], rKey: string, text: string): void {
  const code = w.code;
  const mentioned = new Set<string>();
  // (indexed loops here and in planRelations, planAttributions: for-of made an iterator and a result object per item, see
  // ingest/codeUnit.ts)
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.key === rKey) continue; // a resolution printing its own symbol is not a citation
    const first = !mentioned.has(m.key);
    mentioned.add(m.key);
    // Kind and name are nearly always those the key spells: then they are left out (the main thread needs them only for a new node).
    // (`Kind:` tested without building that string for every mention)
    const kind = m.key.length > m.kind.length && m.key.charCodeAt(m.kind.length) === 58 && m.key.startsWith(m.kind) ? null : m.kind;
    const name = kind === null && m.key.length === m.kind.length + 1 + m.name.length && m.key.endsWith(m.name) ? null : m.name;
    const at = code.length;
    if (first) code.push(OP.mention, w.key(m.key), w.value(kind), w.value(name), w.value(true), phraseOperand(w, m.phrase, m.start, m.end, m.footnote, text), w.value(m.start), w.value(m.end), w.value(m.footnote?.mark), 0);
    else code.push(OP.mention, w.key(m.key), w.value(kind), w.value(name), w.value(false), w.value(undefined), w.value(undefined), w.value(undefined), w.value(undefined), 0);
    let pairs = 0;
    for (const a in m.attrs) {
      const v = m.attrs[a];
      if (isEmptyList(v) && !SPREAD_FIRST.has(a)) continue;
      // a date's place in a range ('start'/'end') is the mention's, not the Date node's (DateAttrs has no role)
      if (a === 'role' && m.kind === 'Date') continue;
      code.push(w.key(a), w.keyValue(v));
      pairs++;
    }
    code[at + 9] = pairs;
  }
}

/** The paragraph's verb relations (OP.relation). */
function planRelations(w: TaggedWriter, relations: ParagraphExtraction['relations'], rKey: string, doc: string, text: string): void {
  for (let i = 0; i < relations.length; i++) {
    const rel = relations[i]!;
    if (rel.target === rKey) continue;
    w.code.push(OP.relation, typeIndex(rel.type, doc), w.key(rel.target), w.value(rel.footnote), w.keyValue(rel.verb), phraseOperand(w, rel.phrase, rel.start, rel.end, rel.footnote, text), w.value(rel.start), w.value(rel.end), w.value(rel.clause));
  }
}

/** The paragraph's attributions (OP.attribution). */
function planAttributions(w: TaggedWriter, attributions: ParagraphExtraction['attributions'], doc: string, text: string): void {
  for (let i = 0; i < attributions.length; i++) {
    const a = attributions[i]!;
    if (a.source === a.target) continue;
    // The endpoints' attributes, when they are needed, follow from their keys: the applier makes them.
    w.code.push(OP.attribution, typeIndex(a.type, doc), w.key(a.source), w.key(a.target), phraseOperand(w, a.phrase, a.start, a.end, undefined, text), w.value(a.start), w.value(a.end));
  }
}

export function planResolution(ex: ResolutionExtraction): ResolutionPlan {
  const r = ex.resolution;
  const doc = r.file;
  const rKey = ex.key ?? resolutionKey(r.symbol);
  const w = new TaggedWriter();
  w.key(rKey);
  const code = w.code;

  code.push(
    OP.resolution,
    0,
    w.value(
      withoutEmpty({
        kind: 'Resolution',
        name: r.symbol,
        symbol: r.symbol,
        body: r.body,
        number: r.number,
        title: r.title,
        date: r.date,
        session: r.session,
        agendaItem: r.agendaItem,
        committee: r.committee,
        report: r.report,
        draftSymbol: r.draftSymbol,
        draft: r.draft ? true : undefined,
        submittedBy: r.submittedBy,
        instrument: r.instrument,
        ingested: true,
        sourceFile: doc,
      }),
    ),
  );
  if (r.date) {
    const dKey = dateKey(r.date);
    code.push(OP.adoptedOn, w.key(dKey), w.value(withoutEmpty(dateAttributes(r.date))));
  }

  for (const px of ex.paragraphs) {
    const p = px.paragraph;
    const pKey = paragraphKey(r.symbol, p.id);
    const footnotes: string[] = [];
    for (const f of p.footnoteRefs) if (f.footnote) footnotes.push(`${f.mark} ${f.footnote.text}`);
    // The node's attributes are put together by the applier (paragraphAttributes), so that the
    // resolution key, symbol and file strings it repeats travel once per plan.
    // No footnotes: no (empty) list to clone; the applier leaves empty values out anyway.
    code.push(OP.paragraph, w.key(pKey), w.value(p.id), w.keyValue(p.kind), w.value(p.number), w.keyValue(px.clauses[0]?.verb), w.value(p.text), w.value(p.heading), w.value(footnotes.length ? footnotes : undefined));
    planMentions(w, px.mentions, rKey, p.text);
    planRelations(w, px.relations, rKey, doc, p.text);
    planAttributions(w, px.attributions, doc, p.text);
  }
  const plan: ResolutionPlan = { resolution: rKey, symbol: r.symbol, document: doc, ...w.finish(), paragraphs: ex.paragraphs.length };
  if (ex.warnings) plan.warnings = ex.warnings;
  return plan;
}
