/**
 * `items` with the one that `is` picks out changed by `recipe`; when there is none yet, a `fresh()`
 * one changed and added at the end. For the per-action and per-child entries a meeting record keeps.
 */
export function changeOrAdd<T>(items: readonly T[], is: (item: T) => boolean, recipe: (item: T) => T, fresh: () => T): T[] {
  return items.some(is) ? items.map((item) => (is(item) ? recipe(item) : item)) : [...items, recipe(fresh())];
}
