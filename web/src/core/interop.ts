/**
 * Some graphology packages are CommonJS with a `export default` in their
 * typings: under NodeNext TypeScript sees the module object, while bundlers
 * and Node may hand over the function itself. This returns the function either way.
 */
export function cjsDefault<M extends { default: unknown }>(imported: M): M['default'] {
  const inner = (imported as { default?: M['default'] }).default;
  return inner ?? (imported as unknown as M['default']);
}
