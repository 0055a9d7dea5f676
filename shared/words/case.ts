/** Capitals and plurals for sentences built from parts. */

/** "the family" -> "The family". Only the first letter changes. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('en-GB') + text.slice(1);
}

/** 1 -> "1 plan"; 3 -> "3 plans"; with `many` for irregular plurals ("1 entry", "2 entries"). */
export function countWords(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}
