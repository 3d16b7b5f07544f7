// One way to fail while reading: a plain Error whose message names the file,
// says what was wrong and what to do about it.

export function readError(file: string, what: string, todo: string, cause?: unknown): Error {
  const err = new Error(`${file}: ${what}. ${todo}`);
  if (cause !== undefined) (err as Error & { cause?: unknown }).cause = cause;
  return err;
}

/** Message of anything thrown, for wrapping third-party failures. */
export function describeThrown(thrown: unknown): string {
  if (thrown instanceof Error) return thrown.message;
  return String(thrown);
}
