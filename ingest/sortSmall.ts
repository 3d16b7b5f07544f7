// Sorting the short lists of the extraction (a paragraph's mentions and candidates: most hold 0-3).
// Why not Array.prototype.sort alone: for each call V8's builtin sets up its TimSort state and work
// arrays, ~350 bytes allocated per call; the entities stage sorts ~370k lists per pass over corpus-ga,
// and those allocations were an eighth of all it allocated (sampling heap profile, minor GCs included).

/** Lists longer than this go to Array.prototype.sort. */
const INSERTION_MAX = 16;

/**
 * Sorts `list` in place by `compare` and returns it, exactly as `list.sort(compare)` would: both sorts
 * are stable, so for a consistent comparator the order is the same. A short list is sorted by insertion,
 * each element moved before those it compares below (the builtin's test: compare(element, other) < 0).
 */
export function sortSmall<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  const n = list.length;
  if (n > INSERTION_MAX) return list.sort(compare);
  for (let i = 1; i < n; i++) {
    const x = list[i]!;
    let j = i - 1;
    while (j >= 0 && compare(x, list[j]!) < 0) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = x;
  }
  return list;
}
