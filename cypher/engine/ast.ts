// Typed AST of the openCypher subset the engine understands. Every expression
// keeps its source span: un-aliased columns are named by the text as written.

export interface Span {
  start: number;
  end: number;
}

export type Expr =
  | { type: 'literal'; value: LiteralValue; span: Span }
  | { type: 'param'; name: string; span: Span }
  | { type: 'variable'; name: string; span: Span }
  | { type: 'property'; object: Expr; key: string; span: Span }
  | { type: 'index'; object: Expr; index: Expr; span: Span }
  | { type: 'slice'; object: Expr; from?: Expr; to?: Expr; span: Span }
  | { type: 'hasLabels'; object: Expr; labels: string[]; span: Span }
  | { type: 'list'; items: Expr[]; span: Span }
  | { type: 'map'; entries: [string, Expr][]; span: Span }
  | { type: 'mapProjection'; variable: string; object: Expr; items: MapProjectionItem[]; span: Span }
  | { type: 'unary'; op: 'NOT' | '-' | '+'; operand: Expr; span: Span }
  | { type: 'binary'; op: BinaryOp; left: Expr; right: Expr; span: Span }
  | { type: 'comparison'; ops: ComparisonOp[]; operands: Expr[]; span: Span }
  | { type: 'isNull'; operand: Expr; negated: boolean; span: Span }
  | { type: 'case'; subject?: Expr; branches: { when: Expr; then: Expr }[]; otherwise?: Expr; span: Span }
  | { type: 'call'; name: string; distinct: boolean; args: Expr[]; star: boolean; span: Span }
  | { type: 'listComprehension'; variable: string; source: Expr; where?: Expr; projection?: Expr; span: Span }
  | { type: 'patternComprehension'; pathVariable?: string; pattern: PatternPart; where?: Expr; projection: Expr; span: Span }
  | { type: 'quantifier'; kind: 'all' | 'any' | 'none' | 'single'; variable: string; source: Expr; where?: Expr; span: Span }
  | { type: 'reduce'; accumulator: string; init: Expr; variable: string; source: Expr; body: Expr; span: Span }
  | { type: 'patternPredicate'; pattern: PatternPart; span: Span }
  | { type: 'exists'; pattern: Pattern; where?: Expr; span: Span }
  | { type: 'countSubquery'; pattern: Pattern; where?: Expr; span: Span };

export type LiteralValue = null | boolean | string | number | bigint;
export type BinaryOp = 'OR' | 'XOR' | 'AND' | '+' | '-' | '*' | '/' | '%' | '^' | 'IN' | 'STARTS WITH' | 'ENDS WITH' | 'CONTAINS' | '=~';
export type ComparisonOp = '=' | '<>' | '<' | '>' | '<=' | '>=';

export type MapProjectionItem =
  | { type: 'property'; key: string }
  | { type: 'allProperties' }
  | { type: 'literal'; key: string; value: Expr }
  | { type: 'variable'; name: string };

export type Direction = 'out' | 'in' | 'both';

export interface NodePattern {
  variable?: string;
  /** The node has all of these labels. */
  labels: string[];
  /** The node has at least one of these labels (`:A|B`). */
  anyLabels?: string[];
  properties?: Expr;
  span: Span;
}

export interface RelPattern {
  variable?: string;
  types: string[];
  direction: Direction;
  properties?: Expr;
  /** Present for variable-length relationships; max undefined = unbounded. */
  range?: { min: number; max?: number };
  span: Span;
}

/** A chain node (rel node)*; `nodes.length === rels.length + 1`. */
export interface PatternPart {
  pathVariable?: string;
  shortest?: 'shortest' | 'all';
  nodes: NodePattern[];
  rels: RelPattern[];
  span: Span;
}

export type Pattern = PatternPart[];

export interface ProjectionItem {
  expr: Expr;
  alias?: string;
  /** Column name: the alias, or the expression text as written. */
  name: string;
}

export interface SortItem {
  expr: Expr;
  descending: boolean;
}

export interface Projection {
  distinct: boolean;
  star: boolean;
  items: ProjectionItem[];
  orderBy: SortItem[];
  skip?: Expr;
  limit?: Expr;
}

export type SetItem =
  | { type: 'property'; target: Expr; key: string; value: Expr }
  | { type: 'replaceProperties'; variable: string; value: Expr }
  | { type: 'mergeProperties'; variable: string; value: Expr }
  | { type: 'labels'; variable: string; labels: string[] };

export type RemoveItem = { type: 'property'; target: Expr; key: string } | { type: 'labels'; variable: string; labels: string[] };

export type Clause =
  | { type: 'match'; optional: boolean; pattern: Pattern; where?: Expr; span: Span }
  | { type: 'unwind'; expr: Expr; variable: string; span: Span }
  | { type: 'with'; projection: Projection; where?: Expr; span: Span }
  | { type: 'return'; projection: Projection; span: Span }
  | { type: 'create'; pattern: Pattern; span: Span }
  | { type: 'merge'; pattern: PatternPart; onCreate: SetItem[]; onMatch: SetItem[]; span: Span }
  | { type: 'set'; items: SetItem[]; span: Span }
  | { type: 'remove'; items: RemoveItem[]; span: Span }
  | { type: 'delete'; detach: boolean; exprs: Expr[]; span: Span }
  | { type: 'foreach'; variable: string; source: Expr; clauses: Clause[]; span: Span }
  | { type: 'call'; procedure: string; args: Expr[]; yields: string[]; span: Span }
  | { type: 'unsupported'; feature: string; write: boolean; span: Span };

export interface SingleQuery {
  clauses: Clause[];
}

export interface Query {
  parts: SingleQuery[];
  /** unionAll[i] says whether parts[i] and parts[i+1] are joined by UNION ALL. */
  unionAll: boolean[];
}

export const WRITE_CLAUSES = new Set<Clause['type']>(['create', 'merge', 'set', 'remove', 'delete', 'foreach']);
