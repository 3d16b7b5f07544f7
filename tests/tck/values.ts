// Values on both sides of a TCK comparison. Expected cells are written in the
// TCK's value notation (`1` integer, `1.0` float, 'string', [list], {map},
// (:Node {p: 1}), [:REL {p: 1}], <(:A)-[:T]->(:B)>); the engine answers with
// driver values (Integer, number for floats, Node, Relationship, Path). Both
// become a `TckValue`, which renders to one canonical string, so strict
// equality is string equality.
import neo4j from 'neo4j-driver';

export type TckValue =
  | { t: 'null' }
  | { t: 'bool'; v: boolean }
  | { t: 'int'; v: bigint }
  | { t: 'float'; v: number }
  | { t: 'string'; v: string }
  | { t: 'list'; items: TckValue[] }
  | { t: 'map'; entries: [string, TckValue][] }
  | { t: 'node'; labels: string[]; props: [string, TckValue][] }
  | { t: 'rel'; type: string; props: [string, TckValue][] }
  | { t: 'path'; start: TckValue; segments: { rel: TckValue; forward: boolean; node: TckValue }[] }
  | { t: 'other'; text: string };

// ---------------------------------------------------------------- parsing

class ValueParser {
  private pos = 0;
  constructor(private readonly src: string) {}

  parseAll(): TckValue {
    const v = this.value();
    this.ws();
    if (this.pos !== this.src.length) this.fail('end of value');
    return v;
  }

  private fail(expected: string): never {
    throw new Error(`TCK value ${JSON.stringify(this.src)}: expected ${expected} at ${this.pos}`);
  }
  private ws(): void {
    while (this.pos < this.src.length && /\s/.test(this.src[this.pos]!)) this.pos++;
  }
  private peek(s: string): boolean {
    this.ws();
    return this.src.startsWith(s, this.pos);
  }
  private eat(s: string): void {
    if (!this.peek(s)) this.fail(`'${s}'`);
    this.pos += s.length;
  }
  private tryEat(s: string): boolean {
    if (!this.peek(s)) return false;
    this.pos += s.length;
    return true;
  }

  value(): TckValue {
    this.ws();
    const rest = this.src.slice(this.pos);
    const word = /^(null|true|false|NaN|-?Inf(inity)?)\b/.exec(rest);
    if (word) {
      this.pos += word[0].length;
      switch (word[1]) {
        case 'null':
          return { t: 'null' };
        case 'true':
          return { t: 'bool', v: true };
        case 'false':
          return { t: 'bool', v: false };
        case 'NaN':
          return { t: 'float', v: NaN };
        default:
          return { t: 'float', v: word[1]!.startsWith('-') ? -Infinity : Infinity };
      }
    }
    const num = /^-?(\d+(\.\d+)?([eE][-+]?\d+)?|\.\d+([eE][-+]?\d+)?)/.exec(rest);
    if (num) {
      this.pos += num[0].length;
      const isFloat = /[.eE]/.test(num[0]);
      return isFloat ? { t: 'float', v: Number(num[0]) } : { t: 'int', v: BigInt(num[0]) };
    }
    const c = rest[0];
    if (c === "'" || c === '"') return { t: 'string', v: this.string() };
    if (c === '{') return { t: 'map', entries: this.props() };
    if (c === '(') return this.node();
    if (c === '<') return this.path();
    if (c === '[') {
      const save = this.pos;
      this.pos++;
      if (this.peek(':')) {
        this.pos = save;
        return this.rel();
      }
      const items: TckValue[] = [];
      if (!this.tryEat(']')) {
        do items.push(this.value());
        while (this.tryEat(','));
        this.eat(']');
      }
      return { t: 'list', items };
    }
    return this.fail('a value');
  }

  private string(): string {
    const quote = this.src[this.pos]!;
    this.pos++;
    let out = '';
    for (;;) {
      const ch = this.src[this.pos++];
      if (ch === undefined) this.fail('closing quote');
      if (ch === quote) return out;
      if (ch !== '\\') {
        out += ch;
        continue;
      }
      const esc = this.src[this.pos++];
      const simple: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' };
      if (esc !== undefined && esc in simple) out += simple[esc];
      else if (esc === 'u' || esc === 'U') {
        const len = esc === 'u' ? 4 : 8;
        out += String.fromCodePoint(parseInt(this.src.slice(this.pos, this.pos + len), 16));
        this.pos += len;
      } else out += `\\${esc ?? ''}`;
    }
  }

  private name(): string {
    this.ws();
    if (this.src[this.pos] === '`') {
      let out = '';
      this.pos++;
      for (;;) {
        const ch = this.src[this.pos++];
        if (ch === undefined) this.fail('closing backquote');
        if (ch === '`') {
          if (this.src[this.pos] === '`') {
            out += '`';
            this.pos++;
            continue;
          }
          return out;
        }
        out += ch;
      }
    }
    const m = /^[\p{L}_$][\p{L}\p{N}_$]*/u.exec(this.src.slice(this.pos));
    if (!m) this.fail('a name');
    this.pos += m[0].length;
    return m[0];
  }

  private props(): [string, TckValue][] {
    this.eat('{');
    const entries: [string, TckValue][] = [];
    if (this.tryEat('}')) return entries;
    do {
      const key = this.name();
      this.eat(':');
      entries.push([key, this.value()]);
    } while (this.tryEat(','));
    this.eat('}');
    return entries;
  }

  private node(): TckValue {
    this.eat('(');
    const labels: string[] = [];
    while (this.tryEat(':')) labels.push(this.name());
    const props = this.peek('{') ? this.props() : [];
    this.eat(')');
    return { t: 'node', labels, props };
  }

  private rel(): TckValue {
    this.eat('[');
    this.eat(':');
    const type = this.name();
    const props = this.peek('{') ? this.props() : [];
    this.eat(']');
    return { t: 'rel', type, props };
  }

  private path(): TckValue {
    this.eat('<');
    const start = this.node();
    const segments: { rel: TckValue; forward: boolean; node: TckValue }[] = [];
    while (!this.peek('>')) {
      const backward = this.tryEat('<-');
      if (!backward) this.eat('-');
      const rel = this.rel();
      if (backward) this.eat('-');
      else this.eat('->');
      segments.push({ rel, forward: !backward, node: this.node() });
    }
    this.eat('>');
    return { t: 'path', start, segments };
  }
}

/** Parses one cell of a TCK result or parameter table. */
export function parseTckValue(text: string): TckValue {
  return new ValueParser(text).parseAll();
}

// ---------------------------------------------------------------- engine values

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}
// Duck-typed as well as instanceof so a second copy of neo4j-driver-core cannot break comparisons.
function looksLikeNode(v: Record<string, unknown>): boolean {
  return neo4j.isNode(v as never) || (Array.isArray(v.labels) && isObject(v.properties) && 'elementId' in v);
}
function looksLikeRel(v: Record<string, unknown>): boolean {
  return neo4j.isRelationship(v as never) || (typeof v.type === 'string' && isObject(v.properties) && 'startNodeElementId' in v);
}
function looksLikePath(v: Record<string, unknown>): boolean {
  return neo4j.isPath(v as never) || (Array.isArray(v.segments) && isObject(v.start) && isObject(v.end));
}

function propsOf(v: Record<string, unknown>): [string, TckValue][] {
  const props = isObject(v.properties) ? v.properties : {};
  return Object.entries(props).map(([k, x]) => [k, fromEngine(x)]);
}

/** A value as the engine (or the driver) returns it, as a TckValue. */
export function fromEngine(v: unknown): TckValue {
  if (v === null || v === undefined) return { t: 'null' };
  if (typeof v === 'boolean') return { t: 'bool', v };
  if (typeof v === 'number') return { t: 'float', v };
  if (typeof v === 'bigint') return { t: 'int', v };
  if (typeof v === 'string') return { t: 'string', v };
  if (neo4j.isInt(v)) return { t: 'int', v: BigInt((v as { toString(): string }).toString()) };
  if (Array.isArray(v)) return { t: 'list', items: v.map(fromEngine) };
  if (!isObject(v)) return { t: 'other', text: String(v) };
  if (looksLikePath(v)) {
    const segments = (v.segments as Record<string, unknown>[]).map((seg) => {
      const rel = seg.relationship as Record<string, unknown>;
      const from = seg.start as Record<string, unknown>;
      const forward =
        rel.startNodeElementId !== undefined
          ? rel.startNodeElementId === from.elementId
          : String(rel.start) === String(from.identity);
      return { rel: fromEngine(rel), forward, node: fromEngine(seg.end) };
    });
    return { t: 'path', start: fromEngine(v.start), segments };
  }
  if (looksLikeNode(v)) return { t: 'node', labels: (v.labels as unknown[]).map(String), props: propsOf(v) };
  if (looksLikeRel(v)) return { t: 'rel', type: String(v.type), props: propsOf(v) };
  if (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null) {
    return { t: 'map', entries: Object.entries(v).map(([k, x]) => [k, fromEngine(x)]) };
  }
  return { t: 'other', text: `${(v as object).constructor?.name ?? 'object'} ${String(v)}` };
}

/** A TckValue as a parameter value the way the driver sends it: integers as Integer, floats as number. */
export function toParam(v: TckValue): unknown {
  switch (v.t) {
    case 'null':
      return null;
    case 'bool':
    case 'float':
    case 'string':
      return v.v;
    case 'int':
      return neo4j.int(v.v.toString());
    case 'list':
      return v.items.map(toParam);
    case 'map':
      return Object.fromEntries(v.entries.map(([k, x]) => [k, toParam(x)]));
    default:
      throw new Error(`a ${v.t} cannot be a query parameter`);
  }
}

// ---------------------------------------------------------------- rendering

function renderName(n: string): string {
  return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(n) ? n : `\`${n.replace(/`/g, '``')}\``;
}
function renderFloat(n: number, precision?: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? 'Inf' : '-Inf';
  const s = String(precision ? Number(n.toPrecision(precision)) : n);
  return /[.e]/.test(s) ? s : `${s}.0`;
}
function renderProps(entries: [string, TckValue][], opts: RenderOptions): string {
  const parts = entries
    .map(([k, v]) => `${renderName(k)}: ${render(v, opts)}`)
    .sort();
  return `{${parts.join(', ')}}`;
}

export interface RenderOptions {
  /** lists compare as multisets ("ignoring element order for lists") */
  ignoreListOrder?: boolean;
  /** round floats to this many significant digits (summation order differs between stores) */
  floatPrecision?: number;
}

/**
 * Canonical text of a value: map keys, labels and (when asked) list elements
 * sorted, floats always with a point, so equal values render equal and
 * integer 1 never equals float 1.0.
 */
export function render(v: TckValue, opts: RenderOptions = {}): string {
  switch (v.t) {
    case 'null':
      return 'null';
    case 'bool':
      return String(v.v);
    case 'int':
      return v.v.toString();
    case 'float':
      return renderFloat(v.v, opts.floatPrecision);
    case 'string':
      return `'${v.v.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/\r/g, '\\r')}'`;
    case 'list': {
      const items = v.items.map((x) => render(x, opts));
      if (opts.ignoreListOrder) items.sort();
      return `[${items.join(', ')}]`;
    }
    case 'map':
      return renderProps(v.entries, opts);
    case 'node': {
      const labels = [...v.labels].sort().map((l) => `:${renderName(l)}`).join('');
      const props = v.props.length ? renderProps(v.props, opts) : '';
      return `(${labels}${labels && props ? ' ' : ''}${props})`;
    }
    case 'rel':
      return `[:${renderName(v.type)}${v.props.length ? ` ${renderProps(v.props, opts)}` : ''}]`;
    case 'path':
      return `<${render(v.start, opts)}${v.segments
        .map((s) => (s.forward ? `-${render(s.rel, opts)}->` : `<-${render(s.rel, opts)}-`) + render(s.node, opts))
        .join('')}>`;
    case 'other':
      return `?${v.text}`;
  }
}
