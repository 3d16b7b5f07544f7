// Recursive-descent parser from query text to the typed AST in ast.ts.
// Errors name the position and what was expected, like Neo4j's
// "Invalid input 'X': expected ..." messages.
import type {
  BinaryOp,
  Clause,
  ComparisonOp,
  Direction,
  Expr,
  MapProjectionItem,
  NodePattern,
  Pattern,
  PatternPart,
  Projection,
  ProjectionItem,
  Query,
  RelPattern,
  RemoveItem,
  SetItem,
  SingleQuery,
  SortItem,
  Span,
} from './ast.js';
import { CypherError, syntaxError } from './errors.js';
import { tokenize, type Token } from './lexer.js';

const MAX_INT = 9223372036854775807n;

const COMPARISON_OPS = new Set(['=', '<>', '<', '>', '<=', '>=']);
const CLAUSE_START = ['MATCH', 'OPTIONAL', 'UNWIND', 'WITH', 'RETURN', 'CREATE', 'MERGE', 'SET', 'REMOVE', 'DELETE', 'DETACH', 'FOREACH', 'CALL', 'LOAD', 'UNION', 'USE'];

export function parse(source: string): Query {
  return new Parser(source).parseQuery();
}

/** Parse a standalone expression (used by tests and by the TCK runner for expected values). */
export function parseExpression(source: string): Expr {
  const parser = new Parser(source);
  const expr = parser.parseExpr();
  parser.expectEnd();
  return expr;
}

class Parser {
  private readonly tokens: Token[];
  private pos = 0;

  constructor(private readonly source: string) {
    this.tokens = tokenize(source);
  }

  // ---- token helpers -------------------------------------------------------

  private peek(k = 0): Token {
    return this.tokens[Math.min(this.pos + k, this.tokens.length - 1)]!;
  }

  private next(): Token {
    const t = this.peek();
    if (this.pos < this.tokens.length - 1) this.pos++;
    return t;
  }

  private lastEnd(): number {
    return this.tokens[this.pos - 1]?.end ?? 0;
  }

  private isKeyword(word: string, k = 0): boolean {
    const t = this.peek(k);
    return t.kind === 'ident' && t.text.toUpperCase() === word;
  }

  private acceptKeyword(word: string): boolean {
    if (!this.isKeyword(word)) return false;
    this.pos++;
    return true;
  }

  private expectKeyword(word: string): void {
    if (!this.acceptKeyword(word)) throw this.error(word);
  }

  private isPunct(p: string, k = 0): boolean {
    const t = this.peek(k);
    return t.kind === 'punct' && t.text === p;
  }

  private acceptPunct(p: string): boolean {
    if (!this.isPunct(p)) return false;
    this.pos++;
    return true;
  }

  private expectPunct(p: string): void {
    if (!this.acceptPunct(p)) throw this.error(`'${p}'`);
  }

  error(expected: string, token: Token = this.peek()): CypherError {
    const found = token.kind === 'eof' ? 'end of input' : `'${this.source.slice(token.start, token.end)}'`;
    return syntaxError(this.source, token.start, `Invalid input ${found}: expected ${expected}`);
  }

  expectEnd(): void {
    if (this.peek().kind !== 'eof') throw this.error('end of input');
  }

  private span(start: number): Span {
    return { start, end: this.lastEnd() };
  }

  /** A symbolic name: identifier, quoted identifier (any keyword allowed). */
  private parseName(what: string): string {
    const t = this.peek();
    if (t.kind === 'ident' || t.kind === 'quotedIdent') {
      this.pos++;
      return t.text;
    }
    throw this.error(what);
  }

  private isNameStart(k = 0): boolean {
    const kind = this.peek(k).kind;
    return kind === 'ident' || kind === 'quotedIdent';
  }

  // ---- queries and clauses -------------------------------------------------

  parseQuery(): Query {
    const parts: SingleQuery[] = [this.parseSingleQuery()];
    const unionAll: boolean[] = [];
    while (this.acceptKeyword('UNION')) {
      unionAll.push(this.acceptKeyword('ALL'));
      parts.push(this.parseSingleQuery());
    }
    this.acceptPunct(';');
    this.expectEnd();
    return { parts, unionAll };
  }

  private parseSingleQuery(): SingleQuery {
    const clauses: Clause[] = [];
    while (this.peek().kind !== 'eof' && !this.isKeyword('UNION') && !this.isPunct(';')) {
      clauses.push(this.parseClause());
    }
    if (clauses.length === 0) throw this.error('a clause (MATCH, RETURN, WITH, UNWIND, ...)');
    return { clauses };
  }

  private parseClause(): Clause {
    const start = this.peek().start;
    const t = this.peek();
    const word = t.kind === 'ident' ? t.text.toUpperCase() : '';
    switch (word) {
      case 'OPTIONAL':
        this.next();
        this.expectKeyword('MATCH');
        return this.parseMatch(start, true);
      case 'MATCH':
        this.next();
        return this.parseMatch(start, false);
      case 'UNWIND': {
        this.next();
        const expr = this.parseExpr();
        this.expectKeyword('AS');
        const variable = this.parseName('a variable name');
        return { type: 'unwind', expr, variable, span: this.span(start) };
      }
      case 'WITH': {
        this.next();
        const projection = this.parseProjection('WITH');
        const where = this.acceptKeyword('WHERE') ? this.parseExpr() : undefined;
        return { type: 'with', projection, ...(where ? { where } : {}), span: this.span(start) };
      }
      case 'RETURN': {
        this.next();
        const projection = this.parseProjection('RETURN');
        return { type: 'return', projection, span: this.span(start) };
      }
      case 'CREATE':
        this.next();
        return { type: 'create', pattern: this.parsePattern(), span: this.span(start) };
      case 'MERGE': {
        this.next();
        const pattern = this.parsePatternPart();
        const onCreate: SetItem[] = [];
        const onMatch: SetItem[] = [];
        while (this.isKeyword('ON')) {
          this.next();
          if (this.acceptKeyword('CREATE')) {
            this.expectKeyword('SET');
            onCreate.push(...this.parseSetItems());
          } else if (this.acceptKeyword('MATCH')) {
            this.expectKeyword('SET');
            onMatch.push(...this.parseSetItems());
          } else throw this.error('CREATE or MATCH');
        }
        return { type: 'merge', pattern, onCreate, onMatch, span: this.span(start) };
      }
      case 'SET':
        this.next();
        return { type: 'set', items: this.parseSetItems(), span: this.span(start) };
      case 'REMOVE': {
        this.next();
        const items: RemoveItem[] = [];
        do {
          const target = this.parsePostfix();
          if (target.type === 'property') items.push({ type: 'property', target: target.object, key: target.key });
          else if (target.type === 'hasLabels' && target.object.type === 'variable') items.push({ type: 'labels', variable: target.object.name, labels: target.labels });
          else throw syntaxError(this.source, target.span.start, 'Invalid input: expected a property (n.prop) or labels (n:Label) to REMOVE');
        } while (this.acceptPunct(','));
        return { type: 'remove', items, span: this.span(start) };
      }
      case 'DETACH':
      case 'DELETE': {
        this.next();
        const detach = word === 'DETACH';
        if (detach) this.expectKeyword('DELETE');
        const exprs: Expr[] = [];
        do exprs.push(this.parseExpr());
        while (this.acceptPunct(','));
        return { type: 'delete', detach, exprs, span: this.span(start) };
      }
      case 'FOREACH': {
        this.next();
        this.expectPunct('(');
        const variable = this.parseName('a variable name');
        this.expectKeyword('IN');
        const source = this.parseExpr();
        this.expectPunct('|');
        const clauses: Clause[] = [];
        while (!this.isPunct(')')) {
          if (this.peek().kind === 'eof') throw this.error("')'");
          clauses.push(this.parseClause());
        }
        this.expectPunct(')');
        return { type: 'foreach', variable, source, clauses, span: this.span(start) };
      }
      case 'CALL':
        return this.parseCall(start);
      case 'LOAD':
        this.next();
        if (!this.isKeyword('CSV')) throw this.error('CSV');
        return this.skipRest(start, 'LOAD CSV', true);
      case 'USE':
        return this.skipRest(start, 'USE', false);
      case 'EXPLAIN':
      case 'PROFILE':
      case 'SHOW':
      case 'TERMINATE':
      case 'FINISH':
        return this.skipRest(start, word, false);
      case 'DROP':
      case 'ALTER':
      case 'GRANT':
      case 'DENY':
      case 'REVOKE':
        return this.skipRest(start, word, true);
      default:
        throw this.error(CLAUSE_START.filter((w) => w !== 'UNION').join(', '));
    }
  }

  /** Unsupported clauses consume the rest of the query; the executor reports them. */
  private skipRest(start: number, feature: string, write: boolean): Clause {
    while (this.peek().kind !== 'eof') this.next();
    return { type: 'unsupported', feature, write, span: this.span(start) };
  }

  private parseCall(start: number): Clause {
    this.next();
    if (this.isPunct('{')) return this.skipRest(start, 'CALL { ... } subqueries', false);
    let procedure = this.parseName('a procedure name');
    while (this.acceptPunct('.')) procedure += '.' + this.parseName('a procedure name');
    const args: Expr[] = [];
    if (this.acceptPunct('(')) {
      if (!this.isPunct(')')) {
        do args.push(this.parseExpr());
        while (this.acceptPunct(','));
      }
      this.expectPunct(')');
    }
    const yields: string[] = [];
    if (this.acceptKeyword('YIELD')) {
      if (this.acceptPunct('*')) yields.push('*');
      else
        do {
          const name = this.parseName('a column name');
          yields.push(this.acceptKeyword('AS') ? this.parseName('an alias') : name);
        } while (this.acceptPunct(','));
      if (this.isKeyword('WHERE')) {
        this.next();
        this.parseExpr();
      }
    }
    return { type: 'call', procedure, args, yields, span: this.span(start) };
  }

  private parseMatch(start: number, optional: boolean): Clause {
    const pattern = this.parsePattern();
    const where = this.acceptKeyword('WHERE') ? this.parseExpr() : undefined;
    return { type: 'match', optional, pattern, ...(where ? { where } : {}), span: this.span(start) };
  }

  private parseSetItems(): SetItem[] {
    const items: SetItem[] = [];
    do {
      const target = this.parsePostfix();
      if (target.type === 'property') {
        this.expectPunct('=');
        items.push({ type: 'property', target: target.object, key: target.key, value: this.parseExpr() });
      } else if (target.type === 'variable') {
        if (this.acceptPunct('=')) items.push({ type: 'replaceProperties', variable: target.name, value: this.parseExpr() });
        else if (this.acceptPunct('+=')) items.push({ type: 'mergeProperties', variable: target.name, value: this.parseExpr() });
        else throw this.error("'=', '+=' or ':'");
      } else if (target.type === 'hasLabels' && target.object.type === 'variable') {
        items.push({ type: 'labels', variable: target.object.name, labels: target.labels });
      } else throw syntaxError(this.source, target.span.start, 'Invalid input: expected a property (n.prop), a variable or labels to SET');
    } while (this.acceptPunct(','));
    return items;
  }

  private parseProjection(clause: 'WITH' | 'RETURN'): Projection {
    const distinct = this.acceptKeyword('DISTINCT');
    let star = false;
    const items: ProjectionItem[] = [];
    if (this.acceptPunct('*')) {
      star = true;
      if (this.acceptPunct(',')) this.parseProjectionItems(items);
    } else this.parseProjectionItems(items);
    const orderBy: SortItem[] = [];
    if (this.isKeyword('ORDER')) {
      this.next();
      this.expectKeyword('BY');
      do {
        const expr = this.parseExpr();
        let descending = false;
        if (this.acceptKeyword('DESC') || this.acceptKeyword('DESCENDING')) descending = true;
        else if (!this.acceptKeyword('ASC')) this.acceptKeyword('ASCENDING');
        orderBy.push({ expr, descending });
      } while (this.acceptPunct(','));
    }
    const skip = this.acceptKeyword('SKIP') || this.acceptKeyword('OFFSET') ? this.parseExpr() : undefined;
    const limit = this.acceptKeyword('LIMIT') ? this.parseExpr() : undefined;
    void clause;
    return { distinct, star, items, orderBy, ...(skip ? { skip } : {}), ...(limit ? { limit } : {}) };
  }

  private parseProjectionItems(items: ProjectionItem[]): void {
    do {
      const expr = this.parseExpr();
      if (this.acceptKeyword('AS')) {
        const alias = this.parseName('an alias after AS');
        items.push({ expr, alias, name: alias });
      } else {
        items.push({ expr, name: this.source.slice(expr.span.start, expr.span.end) });
      }
    } while (this.acceptPunct(','));
  }

  // ---- patterns ------------------------------------------------------------

  parsePattern(): Pattern {
    const parts: PatternPart[] = [];
    do parts.push(this.parsePatternPart());
    while (this.acceptPunct(','));
    return parts;
  }

  private parsePatternPart(): PatternPart {
    const start = this.peek().start;
    let pathVariable: string | undefined;
    if (this.isNameStart() && this.isPunct('=', 1)) {
      pathVariable = this.parseName('a path variable');
      this.next();
    }
    let shortest: 'shortest' | 'all' | undefined;
    if (this.isNameStart() && this.isPunct('(', 1)) {
      const word = this.peek().text.toUpperCase();
      if (word === 'SHORTESTPATH' || word === 'ALLSHORTESTPATHS') {
        this.next();
        this.next();
        shortest = word === 'SHORTESTPATH' ? 'shortest' : 'all';
      }
    }
    const part = this.parsePatternElement(start);
    if (shortest) {
      this.expectPunct(')');
      part.shortest = shortest;
      part.span = this.span(start);
    }
    if (pathVariable !== undefined) part.pathVariable = pathVariable;
    return part;
  }

  private parsePatternElement(start: number): PatternPart {
    if (this.isPunct('(') && this.isPunct('(', 1)) {
      // Parenthesised pattern element: ((a)-->(b)).
      this.next();
      const inner = this.parsePatternElement(start);
      this.expectPunct(')');
      return inner;
    }
    const nodes: NodePattern[] = [this.parseNodePattern()];
    const rels: RelPattern[] = [];
    while (this.isRelStart()) {
      rels.push(this.parseRelPattern());
      nodes.push(this.parseNodePattern());
    }
    return { nodes, rels, span: this.span(start) };
  }

  private isRelStart(): boolean {
    return this.isPunct('-') || (this.isPunct('<') && this.isPunct('-', 1));
  }

  private parseNodePattern(): NodePattern {
    const start = this.peek().start;
    this.expectPunct('(');
    let variable: string | undefined;
    if (this.isNameStart()) variable = this.parseName('a variable');
    const labels: string[] = [];
    let anyLabels: string[] | undefined;
    while (this.acceptPunct(':')) {
      labels.push(this.parseName('a label name'));
      if (this.isPunct('|') && labels.length === 1) {
        // Label disjunction (n:A|B|C): the node has at least one of them.
        anyLabels = [labels.pop()!];
        while (this.acceptPunct('|')) {
          this.acceptPunct(':');
          anyLabels.push(this.parseName('a label name'));
        }
        break;
      }
    }
    let properties: Expr | undefined;
    if (this.isPunct('{')) properties = this.parseMapLiteral();
    else if (this.peek().kind === 'param') properties = this.parseAtom();
    if (!this.acceptPunct(')')) throw this.error(variable === undefined && labels.length === 0 ? "a variable, ':', '{' or ')'" : "':', '{' or ')'");
    return {
      ...(variable !== undefined ? { variable } : {}),
      labels,
      ...(anyLabels ? { anyLabels } : {}),
      ...(properties ? { properties } : {}),
      span: this.span(start),
    };
  }

  private parseRelPattern(): RelPattern {
    const start = this.peek().start;
    const left = this.acceptPunct('<');
    this.expectPunct('-');
    let variable: string | undefined;
    const types: string[] = [];
    let properties: Expr | undefined;
    let range: { min: number; max?: number } | undefined;
    if (this.acceptPunct('[')) {
      if (this.isNameStart()) variable = this.parseName('a variable');
      if (this.acceptPunct(':')) {
        types.push(this.parseName('a relationship type'));
        while (this.acceptPunct('|')) {
          this.acceptPunct(':');
          types.push(this.parseName('a relationship type'));
        }
      }
      if (this.acceptPunct('*')) range = this.parseRange();
      if (this.isPunct('{')) properties = this.parseMapLiteral();
      else if (this.peek().kind === 'param') properties = this.parseAtom();
      this.expectPunct(']');
    }
    this.expectPunct('-');
    const right = this.acceptPunct('>');
    const direction: Direction = left && !right ? 'in' : right && !left ? 'out' : 'both';
    return {
      ...(variable !== undefined ? { variable } : {}),
      types,
      direction,
      ...(properties ? { properties } : {}),
      ...(range ? { range } : {}),
      span: this.span(start),
    };
  }

  private parseRange(): { min: number; max?: number } {
    const readInt = (): number | undefined => {
      const t = this.peek();
      if (t.kind !== 'integer') return undefined;
      this.next();
      return Number(parseIntegerLiteral(this.source, t));
    };
    const first = readInt();
    if (this.acceptPunct('..')) {
      const max = readInt();
      return { min: first ?? 1, ...(max !== undefined ? { max } : {}) };
    }
    if (first !== undefined) return { min: first, max: first };
    return { min: 1 };
  }

  // ---- expressions ---------------------------------------------------------

  parseExpr(): Expr {
    return this.parseOr();
  }

  private binaryLevel(ops: string[], sub: () => Expr): Expr {
    const start = this.peek().start;
    let left = sub();
    for (;;) {
      const op = ops.find((o) => this.isKeyword(o));
      if (!op) return left;
      this.next();
      const right = sub();
      left = { type: 'binary', op: op as BinaryOp, left, right, span: this.span(start) };
    }
  }

  private parseOr(): Expr {
    return this.binaryLevel(['OR'], () => this.parseXor());
  }

  private parseXor(): Expr {
    return this.binaryLevel(['XOR'], () => this.parseAnd());
  }

  private parseAnd(): Expr {
    return this.binaryLevel(['AND'], () => this.parseNot());
  }

  private parseNot(): Expr {
    const start = this.peek().start;
    if (this.acceptKeyword('NOT')) {
      const operand = this.parseNot();
      return { type: 'unary', op: 'NOT', operand, span: this.span(start) };
    }
    return this.parseComparison();
  }

  private parseComparison(): Expr {
    const start = this.peek().start;
    const first = this.parseStringListNull();
    const ops: ComparisonOp[] = [];
    const operands: Expr[] = [first];
    for (;;) {
      const t = this.peek();
      if (t.kind !== 'punct' || !COMPARISON_OPS.has(t.text)) break;
      this.next();
      ops.push(t.text as ComparisonOp);
      operands.push(this.parseStringListNull());
    }
    if (ops.length === 0) return first;
    return { type: 'comparison', ops, operands, span: this.span(start) };
  }

  private parseStringListNull(): Expr {
    const start = this.peek().start;
    let left = this.parseAddSub();
    for (;;) {
      let op: BinaryOp | undefined;
      if (this.isKeyword('STARTS') && this.isKeyword('WITH', 1)) {
        this.pos += 2;
        op = 'STARTS WITH';
      } else if (this.isKeyword('ENDS') && this.isKeyword('WITH', 1)) {
        this.pos += 2;
        op = 'ENDS WITH';
      } else if (this.acceptKeyword('CONTAINS')) op = 'CONTAINS';
      else if (this.acceptKeyword('IN')) op = 'IN';
      else if (this.acceptPunct('=~')) op = '=~';
      else if (this.isKeyword('IS')) {
        this.next();
        const negated = this.acceptKeyword('NOT');
        this.expectKeyword('NULL');
        left = { type: 'isNull', operand: left, negated, span: this.span(start) };
        continue;
      }
      if (!op) return left;
      const right = this.parseAddSub();
      left = { type: 'binary', op, left, right, span: this.span(start) };
    }
  }

  private punctLevel(ops: string[], sub: () => Expr): Expr {
    const start = this.peek().start;
    let left = sub();
    for (;;) {
      const t = this.peek();
      if (t.kind !== 'punct' || !ops.includes(t.text)) return left;
      this.next();
      const right = sub();
      left = { type: 'binary', op: t.text as BinaryOp, left, right, span: this.span(start) };
    }
  }

  private parseAddSub(): Expr {
    return this.punctLevel(['+', '-'], () => this.parseMulDiv());
  }

  private parseMulDiv(): Expr {
    return this.punctLevel(['*', '/', '%'], () => this.parsePower());
  }

  private parsePower(): Expr {
    return this.punctLevel(['^'], () => this.parseUnary());
  }

  private parseUnary(): Expr {
    const start = this.peek().start;
    if (this.isPunct('-') || this.isPunct('+')) {
      const op = this.next().text as '-' | '+';
      const t = this.peek();
      if (op === '-' && (t.kind === 'integer' || t.kind === 'float') && t.start === start + 1) {
        // Fold -literal so that -9223372036854775808 is representable.
        this.next();
        const value = t.kind === 'integer' ? -parseIntegerLiteral(this.source, t, true) : -parseFloatLiteral(this.source, t);
        const literal: Expr = { type: 'literal', value, span: this.span(start) };
        return this.parsePostfixFrom(literal, start);
      }
      const operand = this.parseUnary();
      return { type: 'unary', op, operand, span: this.span(start) };
    }
    return this.parsePostfix();
  }

  parsePostfix(): Expr {
    const start = this.peek().start;
    return this.parsePostfixFrom(this.parseAtom(), start);
  }

  private parsePostfixFrom(atom: Expr, start: number): Expr {
    let expr = atom;
    for (;;) {
      if (this.isPunct('.') && this.isNameStart(1)) {
        this.next();
        const key = this.parseName('a property key');
        expr = { type: 'property', object: expr, key, span: this.span(start) };
      } else if (this.isPunct('[')) {
        this.next();
        if (this.acceptPunct('..')) {
          const to = this.isPunct(']') ? undefined : this.parseExpr();
          this.expectPunct(']');
          expr = { type: 'slice', object: expr, ...(to ? { to } : {}), span: this.span(start) };
          continue;
        }
        const index = this.parseExpr();
        if (this.acceptPunct('..')) {
          const to = this.isPunct(']') ? undefined : this.parseExpr();
          this.expectPunct(']');
          expr = { type: 'slice', object: expr, from: index, ...(to ? { to } : {}), span: this.span(start) };
          continue;
        }
        this.expectPunct(']');
        expr = { type: 'index', object: expr, index, span: this.span(start) };
      } else if (this.isPunct(':') && this.isNameStart(1)) {
        const labels: string[] = [];
        while (this.acceptPunct(':')) labels.push(this.parseName('a label name'));
        expr = { type: 'hasLabels', object: expr, labels, span: this.span(start) };
      } else return expr;
    }
  }

  private parseAtom(): Expr {
    const t = this.peek();
    const start = t.start;
    switch (t.kind) {
      case 'integer':
        this.next();
        return { type: 'literal', value: parseIntegerLiteral(this.source, t), span: this.span(start) };
      case 'float':
        this.next();
        return { type: 'literal', value: parseFloatLiteral(this.source, t), span: this.span(start) };
      case 'string':
        this.next();
        return { type: 'literal', value: t.text, span: this.span(start) };
      case 'param':
        this.next();
        return { type: 'param', name: t.text, span: this.span(start) };
      case 'punct':
        if (t.text === '[') return this.parseBracket();
        if (t.text === '{') return this.parseMapLiteral();
        if (t.text === '(') return this.parseParenthesised();
        break;
      case 'quotedIdent':
        if (this.isPunct('(', 1)) return this.parseFunctionCall();
        this.next();
        return this.maybeMapProjection({ type: 'variable', name: t.text, span: this.span(start) });
      case 'ident': {
        const word = t.text.toUpperCase();
        if (word === 'TRUE' || word === 'FALSE') {
          this.next();
          return { type: 'literal', value: word === 'TRUE', span: this.span(start) };
        }
        if (word === 'NULL') {
          this.next();
          return { type: 'literal', value: null, span: this.span(start) };
        }
        if (word === 'CASE') return this.parseCase();
        if ((word === 'EXISTS' || word === 'COUNT') && this.isPunct('{', 1)) return this.parseSubquery(word === 'EXISTS' ? 'exists' : 'countSubquery');
        if (this.isPunct('(', 1) || (this.isPunct('.', 1) && this.isNameStart(2) && this.looksLikeNamespacedCall())) return this.parseFunctionCall();
        this.next();
        return this.maybeMapProjection({ type: 'variable', name: t.text, span: this.span(start) });
      }
      default:
        break;
    }
    throw this.error('an expression');
  }

  private looksLikeNamespacedCall(): boolean {
    let k = 0;
    while (this.isNameStart(k) && this.isPunct('.', k + 1)) k += 2;
    return this.isNameStart(k) && this.isPunct('(', k + 1);
  }

  private maybeMapProjection(variable: Expr & { type: 'variable' }): Expr {
    if (!this.isPunct('{')) return variable;
    const start = variable.span.start;
    this.next();
    const items: MapProjectionItem[] = [];
    if (!this.isPunct('}')) {
      do {
        if (this.acceptPunct('.')) {
          if (this.acceptPunct('*')) items.push({ type: 'allProperties' });
          else items.push({ type: 'property', key: this.parseName('a property key') });
        } else {
          const name = this.parseName("a property selector '.key', a key or a variable");
          if (this.acceptPunct(':')) items.push({ type: 'literal', key: name, value: this.parseExpr() });
          else items.push({ type: 'variable', name });
        }
      } while (this.acceptPunct(','));
    }
    this.expectPunct('}');
    return { type: 'mapProjection', variable: variable.name, object: variable, items, span: this.span(start) };
  }

  private parseMapLiteral(): Expr {
    const start = this.peek().start;
    this.expectPunct('{');
    const entries: [string, Expr][] = [];
    if (!this.isPunct('}')) {
      do {
        const key = this.parseName('a map key');
        this.expectPunct(':');
        entries.push([key, this.parseExpr()]);
      } while (this.acceptPunct(','));
    }
    this.expectPunct('}');
    return { type: 'map', entries, span: this.span(start) };
  }

  /** Try to parse a relationship pattern at the cursor; restore and return undefined when it is not one. */
  private tryPattern(requirePathVariable: boolean): PatternPart | undefined {
    const saved = this.pos;
    try {
      const start = this.peek().start;
      let pathVariable: string | undefined;
      if (this.isNameStart() && this.isPunct('=', 1)) {
        pathVariable = this.parseName('a path variable');
        this.next();
      } else if (requirePathVariable) return undefined;
      if (!this.isPunct('(')) {
        this.pos = saved;
        return undefined;
      }
      const part = this.parsePatternElement(start);
      if (part.rels.length === 0) {
        this.pos = saved;
        return undefined;
      }
      if (pathVariable !== undefined) part.pathVariable = pathVariable;
      return part;
    } catch (e) {
      if (!(e instanceof CypherError)) throw e;
      this.pos = saved;
      return undefined;
    }
  }

  private parseParenthesised(): Expr {
    const start = this.peek().start;
    const pattern = this.tryPattern(false);
    if (pattern) return { type: 'patternPredicate', pattern, span: this.span(start) };
    this.expectPunct('(');
    const inner = this.parseExpr();
    this.expectPunct(')');
    // Keep the parentheses out of the span only for naming; evaluation is the inner expression.
    return { ...inner, span: this.span(start) } as Expr;
  }

  private parseBracket(): Expr {
    const start = this.peek().start;
    this.expectPunct('[');
    // List comprehension: [x IN list WHERE pred | expr]
    if (this.isNameStart() && this.isKeyword('IN', 1)) {
      const variable = this.parseName('a variable');
      this.next();
      const source = this.parseExpr();
      const where = this.acceptKeyword('WHERE') ? this.parseExpr() : undefined;
      const projection = this.acceptPunct('|') ? this.parseExpr() : undefined;
      this.expectPunct(']');
      return { type: 'listComprehension', variable, source, ...(where ? { where } : {}), ...(projection ? { projection } : {}), span: this.span(start) };
    }
    // Pattern comprehension: [(a)-->(b) WHERE pred | expr]
    if (this.isPunct('(') || (this.isNameStart() && this.isPunct('=', 1))) {
      const pattern = this.tryPattern(false);
      if (pattern && (this.isKeyword('WHERE') || this.isPunct('|'))) {
        const where = this.acceptKeyword('WHERE') ? this.parseExpr() : undefined;
        this.expectPunct('|');
        const projection = this.parseExpr();
        this.expectPunct(']');
        const { pathVariable, ...rest } = pattern;
        return {
          type: 'patternComprehension',
          ...(pathVariable !== undefined ? { pathVariable } : {}),
          pattern: rest,
          ...(where ? { where } : {}),
          projection,
          span: this.span(start),
        };
      }
      if (pattern) {
        // A pattern used as a list item: [(a)-->(b)] is a list holding a pattern predicate.
        const items: Expr[] = [{ type: 'patternPredicate', pattern, span: pattern.span }];
        while (this.acceptPunct(',')) items.push(this.parseExpr());
        this.expectPunct(']');
        return { type: 'list', items, span: this.span(start) };
      }
    }
    const items: Expr[] = [];
    if (!this.isPunct(']')) {
      do items.push(this.parseExpr());
      while (this.acceptPunct(','));
    }
    this.expectPunct(']');
    return { type: 'list', items, span: this.span(start) };
  }

  private parseCase(): Expr {
    const start = this.peek().start;
    this.expectKeyword('CASE');
    const subject = this.isKeyword('WHEN') ? undefined : this.parseExpr();
    const branches: { when: Expr; then: Expr }[] = [];
    while (this.acceptKeyword('WHEN')) {
      const when = this.parseExpr();
      this.expectKeyword('THEN');
      branches.push({ when, then: this.parseExpr() });
    }
    if (branches.length === 0) throw this.error('WHEN');
    const otherwise = this.acceptKeyword('ELSE') ? this.parseExpr() : undefined;
    this.expectKeyword('END');
    return { type: 'case', ...(subject ? { subject } : {}), branches, ...(otherwise ? { otherwise } : {}), span: this.span(start) };
  }

  private parseSubquery(type: 'exists' | 'countSubquery'): Expr {
    const start = this.peek().start;
    this.next();
    this.expectPunct('{');
    this.acceptKeyword('MATCH');
    const pattern = this.parsePattern();
    const where = this.acceptKeyword('WHERE') ? this.parseExpr() : undefined;
    if (!this.isPunct('}')) throw this.error("'}' (only pattern subqueries with an optional WHERE are supported by the embedded engine)");
    this.next();
    return { type, pattern, ...(where ? { where } : {}), span: this.span(start) };
  }

  private parseFunctionCall(): Expr {
    const start = this.peek().start;
    let name = this.parseName('a function name');
    while (this.acceptPunct('.')) name += '.' + this.parseName('a function name');
    this.expectPunct('(');
    const lower = name.toLowerCase();
    if ((lower === 'all' || lower === 'any' || lower === 'none' || lower === 'single') && this.isNameStart() && this.isKeyword('IN', 1)) {
      const variable = this.parseName('a variable');
      this.next();
      const source = this.parseExpr();
      const where = this.acceptKeyword('WHERE') ? this.parseExpr() : undefined;
      this.expectPunct(')');
      return { type: 'quantifier', kind: lower, variable, source, ...(where ? { where } : {}), span: this.span(start) };
    }
    if (lower === 'reduce') {
      const accumulator = this.parseName('an accumulator variable');
      this.expectPunct('=');
      const init = this.parseExpr();
      this.expectPunct(',');
      const variable = this.parseName('a variable');
      this.expectKeyword('IN');
      const source = this.parseExpr();
      this.expectPunct('|');
      const body = this.parseExpr();
      this.expectPunct(')');
      return { type: 'reduce', accumulator, init, variable, source, body, span: this.span(start) };
    }
    if (lower === 'count' && this.acceptPunct('*')) {
      this.expectPunct(')');
      return { type: 'call', name, distinct: false, args: [], star: true, span: this.span(start) };
    }
    const distinct = this.acceptKeyword('DISTINCT');
    const args: Expr[] = [];
    if (!this.isPunct(')')) {
      do args.push(this.parseExpr());
      while (this.acceptPunct(','));
    }
    this.expectPunct(')');
    return { type: 'call', name, distinct, args, star: false, span: this.span(start) };
  }
}

function parseIntegerLiteral(source: string, t: Token, negative = false): bigint {
  const text = t.text.replace(/_/g, '');
  let value: bigint;
  try {
    if (/^0x[0-9a-f]+$/i.test(text)) value = BigInt(text);
    else if (/^0o[0-7]+$/i.test(text)) value = BigInt(text);
    else if (/^0[0-7]+$/.test(text)) value = BigInt('0o' + text.slice(1));
    else if (/^[0-9]+$/.test(text)) value = BigInt(text);
    else throw new Error('bad');
  } catch {
    throw syntaxError(source, t.start, `Invalid integer literal '${t.text}'`);
  }
  if (value > (negative ? MAX_INT + 1n : MAX_INT)) throw syntaxError(source, t.start, `integer is too large: ${t.text}`);
  return value;
}

function parseFloatLiteral(source: string, t: Token): number {
  const value = Number(t.text.replace(/_/g, ''));
  if (!Number.isFinite(value)) throw syntaxError(source, t.start, `floating point number is too large: ${t.text}`);
  return value;
}
