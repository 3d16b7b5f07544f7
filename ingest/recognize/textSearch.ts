// Whole-paragraph substring tests that gate the costlier steps of the entity scan and the attributions.

/**
 * text.includes(phrase), asked first about `rare`: a part of `phrase` that starts with a rare
 * character (its callers pass a literal; `phrase` must contain `rare`, so the answer is the same).
 * Why: V8's substring search jumps from one occurrence of the pattern's FIRST character to the next,
 * so a phrase that starts with a space or a common letter (" between ", "serving as") stops at almost
 * every character: over corpus-ga's paragraphs ~35 ms a search against ~8 ms for a part that starts
 * with "w" or "v" ("ween ", "ving as"). Most paragraphs have neither, and the rare part answers them.
 */
export function includesVia(text: string, rare: string, phrase: string): boolean {
  return text.includes(rare) && text.includes(phrase);
}
