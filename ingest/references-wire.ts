// The form in which the "references" ingest worker hands a file to the "entities" worker
// (ingest/pool-stages.ts): the resolutions as they are, and what recognizeReferences read in them
// flattened into one array of strings and numbers, and the texts' facts (TextFacts: the entity scan's
// reading of each text alone) as numbers in one Int32Array.
//
// Why flat: a message between threads is a structured clone, and V8 clones an object property by
// property, each name read and looked up again on the other side. Over corpus-ga the references
// held ~150k mentions, their attribute objects and ~50k clauses: cloning them cost ~450 ms of CPU
// over the two threads, the flat array with the code below ~150 ms. Mentions and clauses of the usual
// shape go by position; any other object goes as it is (so nothing is ever lost). Facts that the block
// cannot hold are not sent at all: the entity scan then reads the text itself.
import type { Clause, EntityMention, ParagraphText, ResolutionText, SubParagraph } from './models.js';
import type { ParagraphReferences, ResolutionReferences, SettledCitation, TextReferences } from './extract.js';
import type { FileReferences } from './extract-file.js';
import type { TextFacts } from './recognize/entityScan.js';
import { GAZETTEER, gazetteerIndexOf, type GazetteerHit } from './gazetteer/index.js';
import type { DeterminedHead, TextSpan } from './recognize/capitalChunks.js';
import { NODE_KINDS } from '../graph/model-keys.js';

/** FileReferences on the wire. */
export interface WireFileReferences {
  /** each resolution as it is but for its paragraphs (null), which are in `paragraphs` */
  resolutions: WireResolution[];
  /** every resolution's paragraphs, flat (see Encoder.paragraphTexts) */
  paragraphs: unknown[];
  /** attribute names, indexed from `flat` */
  names: string[];
  flat: unknown[];
  /** every text's TextFacts, in the order of the texts in `flat` (see Encoder.facts): numbers only, cloned as one block */
  facts: Int32Array;
  bytes: number;
  warnings: string[];
}

type WireResolution = Omit<ResolutionText, 'paragraphs'> & { paragraphs: null };

/** The own keys, in order, of a mention as the reference recognisers make it. */
const MENTION_FIELDS = ['kind', 'key', 'name', 'attrs', 'phrase', 'start', 'end'] as const;
/** ... and of a clause as splitClauses makes it. */
const CLAUSE_FIELDS = ['index', 'verb', 'start', 'end', 'relation', 'also'] as const;
/** ... and of a paragraph as segmentResolutions makes it, of its footnote references and footnotes, and of its sub-paragraphs. */
const PARAGRAPH_FIELDS = ['id', 'kind', 'text', 'footnoteRefs', 'subparagraphs', 'number', 'heading'] as const;
const FOOTNOTE_REF_FIELDS = ['mark', 'offset', 'footnote'] as const;
const FOOTNOTE_FIELDS = ['mark', 'text'] as const;
const SUBPARAGRAPH_FIELDS = ['label', 'text', 'start'] as const;
/** A paragraph's kind goes as its index here and comes back as the literal (as a mention's kind does). */
const PARAGRAPH_KINDS = ['preambular', 'operative'] as const;
/** Marks an object of another shape, which follows as it is. */
const AS_IS = -1;
/**
 * A mention's kind goes as its index in NODE_KINDS and comes back as the literal itself. Why: a string
 * that crossed threads is a fresh copy, not the interned literal; compiled code that had compared kinds
 * to literals ("m.kind === 'Resolution'") by pointer met such a copy late and was thrown away ("wrong
 * instance type" in settleOverlaps).
 */
const KIND_INDEX: ReadonlyMap<string, number> = new Map(NODE_KINDS.map((k, i) => [k, i]));

function hasFields(o: object, fields: readonly string[]): boolean {
  let i = 0;
  for (const k in o) if (k !== fields[i++]) return false;
  return i === fields.length;
}

/** A whole number that an Int32Array holds as it is. */
function isInt(v: unknown): v is number {
  return typeof v === 'number' && (v | 0) === v;
}

class Encoder {
  readonly flat: unknown[] = [];
  readonly names = new Map<string, number>();
  /** every text's facts, in the order of the texts: written into one block at the end (factsBlock) */
  readonly facts: (TextFacts | null)[] = [];
  /** mentions encoded so far in this file */
  mentions = 0;

  name(n: string): number {
    let i = this.names.get(n);
    if (i === undefined) this.names.set(n, (i = this.names.size));
    return i;
  }

  mentionList(ms: readonly EntityMention[]): void {
    const flat = this.flat;
    flat.push(ms.length);
    this.mentions += ms.length;
    for (const m of ms) {
      const kind = KIND_INDEX.get(m.kind);
      if (kind === undefined || !hasFields(m, MENTION_FIELDS)) {
        flat.push(AS_IS, m);
        continue;
      }
      flat.push(kind, m.key, m.name, m.phrase, m.start, m.end);
      const count = flat.length;
      flat.push(0);
      let n = 0;
      for (const k in m.attrs) {
        flat.push(this.name(k), m.attrs[k]);
        n++;
      }
      flat[count] = n;
    }
  }

  strings(list: readonly string[]): void {
    this.flat.push(list.length);
    for (const s of list) this.flat.push(s);
  }

  text(t: TextReferences | null): void {
    if (!t) {
      this.flat.push(null);
      return;
    }
    this.mentionList(t.before);
    this.mentionList(t.after);
    this.strings(t.problemsBefore);
    this.strings(t.problemsAfter);
    this.facts.push(t.facts);
  }

  /**
   * Every text's facts in one block: for each text 0 for none, else 1, the words' two bit sets, then each list by its
   * length and its items' fields by position (the items' shapes are readTextFacts' own: a test sends each kind across
   * and compares). Facts with a value the block cannot hold (a number that is no 32-bit integer, a head that is no
   * string) go as none: the entity scan then reads the text itself.
   */
  factsBlock(): Int32Array {
    let size = 0;
    for (const f of this.facts) size += f ? 7 + 2 * f.chunks.length + 3 * f.heads.length + f.wordStarts.length + 4 * f.hits.length : 1;
    const out = new Int32Array(size);
    let at = 0;
    for (const f of this.facts) {
      const end = f ? this.factsInto(f, out, at) : -1;
      if (end >= 0) at = end;
      else out[at++] = 0;
    }
    return at === size ? out : out.slice(0, at);
  }

  /** Writes `f` into `out` from `at`; returns where it ends, or -1 when `f` holds a value the block cannot. */
  private factsInto(f: TextFacts, out: Int32Array, at: number): number {
    const words = f.words;
    if (!isInt(words.low) || !isInt(words.high)) return -1;
    out[at++] = 1;
    out[at++] = words.low;
    out[at++] = words.high;
    const chunks = f.chunks;
    out[at++] = chunks.length;
    for (let k = 0; k < chunks.length; k++) {
      const c = chunks[k]!;
      if (!isInt(c.start) || !isInt(c.end)) return -1;
      out[at++] = c.start;
      out[at++] = c.end;
    }
    const heads = f.heads;
    out[at++] = heads.length;
    for (let k = 0; k < heads.length; k++) {
      const h = heads[k]!;
      if (typeof h.head !== 'string' || !isInt(h.start) || !isInt(h.end)) return -1;
      out[at++] = this.name(h.head);
      out[at++] = h.start;
      out[at++] = h.end;
    }
    const starts = f.wordStarts;
    if (!(starts instanceof Int32Array)) return -1;
    out[at++] = starts.length;
    out.set(starts, at);
    at += starts.length;
    // a gazetteer hit by its entry's index in GAZETTEER (the same list in every thread)
    const hits = f.hits;
    out[at++] = hits.length;
    for (let k = 0; k < hits.length; k++) {
      const h = hits[k]!;
      const entry = gazetteerIndexOf(h.entry);
      if (entry < 0 || !isInt(h.start) || !isInt(h.end)) return -1;
      out[at++] = entry;
      out[at++] = h.start;
      out[at++] = h.end;
      out[at++] = h.acronym ? 1 : 0;
    }
    return at;
  }

  paragraph(p: ParagraphReferences): void {
    const flat = this.flat;
    this.text(p.body);
    flat.push(p.footnotes.length);
    for (const f of p.footnotes) this.text(f);
    flat.push(p.clauses.length);
    for (const c of p.clauses) {
      if (hasFields(c, CLAUSE_FIELDS)) flat.push(c.index, c.verb, c.start, c.end, c.relation, c.also);
      else flat.push(AS_IS, c);
    }
    flat.push(p.clauseProblem);
  }

  /**
   * A resolution's paragraphs, flat, into `out`. Why: a structured clone writes every object key by key, each
   * key's name as a string, and reads them back one property at a time; over corpus-ga the ~40k paragraphs, their
   * footnote references and sub-paragraphs were ~3/4 of the references worker's clone (serialize) time. A
   * paragraph of segmentResolutions' shape goes by position; any other goes as it is.
   */
  paragraphTexts(paragraphs: readonly ParagraphText[], out: unknown[]): void {
    out.push(paragraphs.length);
    for (const p of paragraphs) {
      const kind = p.kind === 'preambular' ? 0 : p.kind === 'operative' ? 1 : -1;
      if (kind < 0 || !hasFields(p, PARAGRAPH_FIELDS) || !usualParts(p)) {
        out.push(AS_IS, p);
        continue;
      }
      out.push(kind, p.id, p.text, p.number, p.heading, p.footnoteRefs.length);
      for (const f of p.footnoteRefs) out.push(f.mark, f.offset, f.footnote!.mark, f.footnote!.text);
      out.push(p.subparagraphs.length);
      for (const sp of p.subparagraphs) out.push(sp.label, sp.text, sp.start);
    }
  }

  resolution(r: ResolutionReferences): void {
    const flat = this.flat;
    const first = this.mentions;
    flat.push(r.paragraphs.length);
    for (const p of r.paragraphs) this.paragraph(p);
    if (!r.pending) flat.push(-1);
    else this.pending(r, first);
  }

  /**
   * Pending citations, each by the index of the mention whose attrs key it (mentions numbered in the
   * order encoded, from `first` for this resolution). Apart from mentionList, which would otherwise
   * index every mention of every file for the few resolutions that have pending citations.
   */
  pending(r: ResolutionReferences, first: number): void {
    const at = new Map<object, number>();
    let index = first;
    for (const p of r.paragraphs) {
      for (const t of [p.body, ...p.footnotes]) {
        if (!t) continue;
        for (const m of t.before) at.set(m.attrs, index++);
        index += t.after.length;
      }
    }
    this.flat.push(r.pending!.size);
    for (const [attrs, settled] of r.pending!) this.flat.push(at.get(attrs) ?? AS_IS, settled);
  }
}

/** Footnote references and sub-paragraphs all of the shapes segmentResolutions makes (each footnote its own object)? */
function usualParts(p: ParagraphText): boolean {
  for (let i = 0; i < p.footnoteRefs.length; i++) {
    const f = p.footnoteRefs[i]!;
    if (!hasFields(f, FOOTNOTE_REF_FIELDS) || typeof f.footnote !== 'object' || f.footnote === null || !hasFields(f.footnote, FOOTNOTE_FIELDS)) return false;
  }
  for (let j = 0; j < p.subparagraphs.length; j++) {
    const sp = p.subparagraphs[j]!;
    if (!hasFields(sp, SUBPARAGRAPH_FIELDS)) return false;
  }
  return true;
}

export function encodeFileReferences(read: FileReferences): WireFileReferences {
  const e = new Encoder();
  for (const r of read.references) e.resolution(r);
  const paragraphs: unknown[] = [];
  const resolutions: WireResolution[] = [];
  for (const r of read.resolutions) {
    e.paragraphTexts(r.paragraphs, paragraphs);
    // a copy with every key in its place (the decoder puts the paragraphs back where they were)
    resolutions.push({ ...r, paragraphs: null });
  }
  const facts = e.factsBlock(); // before the names are listed: it names the heads
  return { resolutions, paragraphs, names: [...e.names.keys()], flat: e.flat, facts, bytes: read.bytes, warnings: read.warnings };
}

class Decoder {
  at = 0;
  /** where the next text's facts start in `facts` */
  factsAt = 0;
  /** every mention decoded so far in this file, by index */
  readonly mentions: EntityMention[] = [];
  constructor(
    readonly flat: readonly unknown[],
    readonly names: readonly string[],
    readonly facts: Int32Array,
  ) {}

  next(): unknown {
    return this.flat[this.at++];
  }

  mentionList(): EntityMention[] {
    const n = this.next() as number;
    const out: EntityMention[] = [];
    for (let j = 0; j < n; j++) {
      const kind = this.next() as number;
      let m: EntityMention;
      if (kind === AS_IS) m = this.next() as EntityMention;
      else {
        const key = this.next() as string;
        const name = this.next() as string;
        const phrase = this.next() as string;
        const start = this.next() as number;
        const end = this.next() as number;
        const count = this.next() as number;
        const attrs: Record<string, unknown> = {};
        for (let q = 0; q < count; q++) {
          const k = this.names[this.next() as number]!;
          attrs[k] = this.next();
        }
        m = { kind: NODE_KINDS[kind]!, key, name, attrs, phrase, start, end };
      }
      this.mentions.push(m);
      out.push(m);
    }
    return out;
  }

  strings(): string[] {
    const n = this.next() as number;
    const out: string[] = [];
    for (let j = 0; j < n; j++) out.push(this.next() as string);
    return out;
  }

  text(): TextReferences | null {
    if (this.flat[this.at] === null) {
      this.at++;
      return null;
    }
    const before = this.mentionList();
    const after = this.mentionList();
    const problemsBefore = this.strings();
    const problemsAfter = this.strings();
    return { before, after, problemsBefore, problemsAfter, facts: this.textFacts() };
  }

  /** The facts Encoder.textFacts wrote, each object a literal of the shape readTextFacts makes. */
  textFacts(): TextFacts | null {
    const f = this.facts;
    let at = this.factsAt;
    if (f[at++] === 0) {
      this.factsAt = at;
      return null;
    }
    const words = { low: f[at]!, high: f[at + 1]! };
    at += 2;
    const chunks: TextSpan[] = [];
    const nc = f[at++]!;
    for (let k = 0; k < nc; k++, at += 2) chunks.push({ start: f[at]!, end: f[at + 1]! });
    const heads: DeterminedHead[] = [];
    const nh = f[at++]!;
    for (let k = 0; k < nh; k++, at += 3) heads.push({ head: this.names[f[at]!]!, start: f[at + 1]!, end: f[at + 2]! });
    // a view of the block (no copy): the scan only reads it
    const nw = f[at++]!;
    const wordStarts = f.subarray(at, at + nw);
    at += nw;
    // (the key order of matchAt's literal)
    const hits: GazetteerHit[] = [];
    const nHits = f[at++]!;
    for (let k = 0; k < nHits; k++, at += 4) hits.push({ entry: GAZETTEER[f[at]!]!, start: f[at + 1]!, end: f[at + 2]!, acronym: f[at + 3] === 1 });
    this.factsAt = at;
    return { words, chunks, heads, wordStarts, hits };
  }

  paragraph(): ParagraphReferences {
    const body = this.text()!;
    const footnotes: (TextReferences | null)[] = [];
    const nf = this.next() as number;
    for (let j = 0; j < nf; j++) footnotes.push(this.text());
    const clauses: Clause[] = [];
    const nc = this.next() as number;
    for (let j = 0; j < nc; j++) {
      const index = this.next();
      if (index === AS_IS) {
        clauses.push(this.next() as Clause);
        continue;
      }
      const verb = this.next() as string;
      const start = this.next() as number;
      const end = this.next() as number;
      const relation = this.next() as Clause['relation'];
      const cloned = this.next() as Clause['also'];
      // a fresh array, as splitClauses makes them: a cloned one can be of another elements kind,
      // which extract.ts then meets as an array of another map (a deopt there)
      let also: Clause['also'];
      if (cloned !== undefined) {
        also = [];
        for (const t of cloned) also.push(t);
      }
      clauses.push({ index: index as number, verb, start, end, relation, also });
    }
    const clauseProblem = this.next() as string | null;
    return { body, footnotes, clauses, clauseProblem };
  }

  resolution(): ResolutionReferences {
    const np = this.next() as number;
    const paragraphs: ParagraphReferences[] = [];
    for (let j = 0; j < np; j++) paragraphs.push(this.paragraph());
    const size = this.next() as number;
    if (size < 0) return { paragraphs, pending: null };
    const pending = new Map<Record<string, unknown>, SettledCitation | null>();
    for (let j = 0; j < size; j++) {
      const index = this.next() as number;
      const settled = this.next() as SettledCitation | null;
      // an attrs object the encoder did not see in a mention cannot be looked up here either
      if (index !== AS_IS) pending.set(this.mentions[index]!.attrs, settled);
    }
    return { paragraphs, pending };
  }
}

/** The paragraphs Encoder.paragraphTexts wrote, from `at`; returns where they end. */
function decodeParagraphs(flat: readonly unknown[], at: number, out: ParagraphText[]): number {
  const n = flat[at++] as number;
  for (let j = 0; j < n; j++) {
    const kind = flat[at++] as number;
    if (kind === AS_IS) {
      out.push(flat[at++] as ParagraphText);
      continue;
    }
    const id = flat[at++] as string;
    const text = flat[at++] as string;
    const number = flat[at++] as number | undefined;
    const heading = flat[at++] as string | undefined;
    const nf = flat[at++] as number;
    const footnoteRefs: ParagraphText['footnoteRefs'] = [];
    for (let k = 0; k < nf; k++) {
      const mark = flat[at++] as string;
      const offset = flat[at++] as number;
      const footnote = { mark: flat[at++] as string, text: flat[at++] as string };
      footnoteRefs.push({ mark, offset, footnote });
    }
    const ns = flat[at++] as number;
    const subparagraphs: SubParagraph[] = [];
    for (let k = 0; k < ns; k++) {
      const label = flat[at++] as string;
      const subText = flat[at++] as string;
      subparagraphs.push({ label, text: subText, start: flat[at++] as number });
    }
    // the key order of segmentResolutions' literal
    out.push({ id, kind: PARAGRAPH_KINDS[kind]!, text, footnoteRefs, subparagraphs, number, heading });
  }
  return at;
}

export function decodeFileReferences(wire: WireFileReferences): FileReferences {
  const d = new Decoder(wire.flat, wire.names, wire.facts);
  const resolutions: ResolutionText[] = [];
  let at = 0;
  for (const head of wire.resolutions) {
    const paragraphs: ParagraphText[] = [];
    at = decodeParagraphs(wire.paragraphs, at, paragraphs);
    const r = head as unknown as ResolutionText;
    r.paragraphs = paragraphs;
    resolutions.push(r);
  }
  const references: ResolutionReferences[] = [];
  for (let i = 0; i < resolutions.length; i++) references.push(d.resolution());
  // facts read past their block, or left over: they were not written for these texts (the file fails, by name, rather than scan with them)
  if (d.factsAt !== wire.facts.length) throw new Error(`the texts' facts on the references wire do not match its texts (${d.factsAt} of ${wire.facts.length} numbers read)`);
  return { resolutions, references, bytes: wire.bytes, warnings: wire.warnings };
}
