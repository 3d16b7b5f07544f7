// codeUnitAt(text, i): text.charCodeAt(i) read without the property load of `charCodeAt` on the text.
// Why: a scanner's `text.charCodeAt` site meets paragraphs of five or more string representations (sliced, cons, flat,
// one- and two-byte, internalized literals), so its load of `charCodeAt` (and of `length`) turns megamorphic, and even
// TurboFan's code then looks the method up in the stub cache on every character (LoadIC_Megamorphic, ~70 instructions a
// call). Through String.prototype the load is of one constant object, which TurboFan folds: the read compiles inline.
// In code not yet optimised it costs one call more, so it is for loops over every character of a text that TurboFan
// compiles early (see the figures where it is used).

/** text.charCodeAt(i). */
export function codeUnitAt(text: string, i: number): number {
  return String.prototype.charCodeAt.call(text, i);
}
