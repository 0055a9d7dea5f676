/** Lists as people write them in British English: "A, B and C", "A, B or C" (no Oxford comma). */

const AND = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });
const OR = new Intl.ListFormat('en-GB', { style: 'long', type: 'disjunction' });

/** [] -> ""; ["a"] -> "a"; ["a", "b"] -> "a and b"; ["a", "b", "c"] -> "a, b and c". */
export function andList(items: readonly string[]): string {
  return AND.format(items);
}

/** [] -> ""; ["a"] -> "a"; ["a", "b"] -> "a or b"; ["a", "b", "c"] -> "a, b or c". */
export function orList(items: readonly string[]): string {
  return OR.format(items);
}
