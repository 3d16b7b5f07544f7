// Errors with Neo4j's status codes, so callers (the console, `kg query`, the TCK
// runner) can tell a syntax error from a type error the way the driver's errors do.

export interface SourcePosition {
  offset: number;
  line: number;
  column: number;
}

export const ErrorCode = {
  Syntax: 'Neo.ClientError.Statement.SyntaxError',
  Semantic: 'Neo.ClientError.Statement.SemanticError',
  Type: 'Neo.ClientError.Statement.TypeError',
  Argument: 'Neo.ClientError.Statement.ArgumentError',
  Arithmetic: 'Neo.ClientError.Statement.ArithmeticError',
  ParameterMissing: 'Neo.ClientError.Statement.ParameterMissing',
  EntityNotFound: 'Neo.ClientError.Statement.EntityNotFound',
  AccessMode: 'Neo.ClientError.Statement.AccessMode',
  Unsupported: 'Neo.ClientError.Statement.FeatureNotSupported',
  Timeout: 'Neo.ClientError.Transaction.TransactionTimedOut',
  ConstraintViolation: 'Neo.ClientError.Schema.ConstraintValidationFailed',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class CypherError extends Error {
  readonly code: string;
  readonly position?: SourcePosition;

  constructor(code: string, message: string, position?: SourcePosition) {
    super(message);
    this.name = 'CypherError';
    this.code = code;
    if (position) this.position = position;
  }
}

/** Line and column (1-based) of an offset in the query text. */
export function positionAt(source: string, offset: number): SourcePosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < source.length; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { offset, line, column: offset - lineStart + 1 };
}

export function syntaxError(source: string, offset: number, message: string): CypherError {
  const pos = positionAt(source, offset);
  return new CypherError(ErrorCode.Syntax, `${message} (line ${pos.line}, column ${pos.column} (offset: ${offset}))`, pos);
}

export const typeError = (message: string): CypherError => new CypherError(ErrorCode.Type, message);
export const semanticError = (message: string): CypherError => new CypherError(ErrorCode.Semantic, message);
export const argumentError = (message: string): CypherError => new CypherError(ErrorCode.Argument, message);
export const arithmeticError = (message: string): CypherError => new CypherError(ErrorCode.Arithmetic, message);

export function unsupported(feature: string): CypherError {
  return new CypherError(
    ErrorCode.Unsupported,
    `${feature} is not supported by the embedded engine; run it against Neo4j with --neo4j`,
  );
}
