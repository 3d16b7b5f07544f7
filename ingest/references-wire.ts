// The form in which the "references" ingest worker hands a file to the "entities" worker
// (ingest/pool-stages.ts): the resolutions as they are, and what recognizeReferences read in them
// flattened into one array of strings and numbers.
//
// Why flat: a message between threads is a structured clone, and V8 clones an object property by
// property, each name read and looked up again on the other side. Over corpus-ga the references
// held ~150k mentions, their attribute objects and ~50k clauses: cloning them cost ~450 ms of CPU
// over the two threads, the flat array with the code below ~150 ms. Mentions and clauses of the
// usual shape go by position; any other object goes as it is (so nothing is ever lost).
import type { Clause, EntityMention, ResolutionText } from './models.js';
import type { ParagraphReferences, ResolutionReferences, SettledCitation, TextReferences } from './extract.js';
import type { FileReferences } from './extract-file.js';
import { NODE_KINDS } from '../graph/model.js';

/** FileReferences on the wire. */
export interface WireFileReferences {
  resolutions: ResolutionText[];
  /** attribute names, indexed from `flat` */
  names: string[];
  flat: unknown[];
  bytes: number;
  warnings: string[];
}

/** The own keys, in order, of a mention as the reference recognisers make it. */
const MENTION_FIELDS = ['kind', 'key', 'name', 'attrs', 'phrase', 'start', 'end'] as const;
/** ... and of a clause as splitClauses makes it. */
const CLAUSE_FIELDS = ['index', 'verb', 'start', 'end', 'relation', 'also'] as const;
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

class Encoder {
  readonly flat: unknown[] = [];
  readonly names = new Map<string, number>();
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

export function encodeFileReferences(read: FileReferences): WireFileReferences {
  const e = new Encoder();
  for (const r of read.references) e.resolution(r);
  return { resolutions: read.resolutions, names: [...e.names.keys()], flat: e.flat, bytes: read.bytes, warnings: read.warnings };
}

class Decoder {
  at = 0;
  /** every mention decoded so far in this file, by index */
  readonly mentions: EntityMention[] = [];
  constructor(
    readonly flat: readonly unknown[],
    readonly names: readonly string[],
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
    return { before, after, problemsBefore, problemsAfter };
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

export function decodeFileReferences(wire: WireFileReferences): FileReferences {
  const d = new Decoder(wire.flat, wire.names);
  const references = wire.resolutions.map(() => d.resolution());
  return { resolutions: wire.resolutions, references, bytes: wire.bytes, warnings: wire.warnings };
}
