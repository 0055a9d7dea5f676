/** What search and sorting read: a family's names and the children's schools. */
export interface SearchableFamily {
  familyName: string;
  carers: ReadonlyArray<{ name: string }>;
  children: ReadonlyArray<{ name: string; school: string }>;
}
import { compareNames, searchKey } from './text';

/**
 * Families in the order a chair expects (by family name, then by the first child's name), kept to
 * those matching every word of the search in a family, carer, child or school name. Accents and
 * curly apostrophes are ignored when matching: "obrien" finds "O’Brien" only if typed with the
 * apostrophe, but "sinead" finds "Sinéad".
 */
export function searchFamilies<F extends SearchableFamily>(families: readonly F[], query: string): F[] {
  const words = searchKey(query).split(/\s+/).filter(Boolean);
  const matching = words.length === 0 ? [...families] : families.filter((f) => matchesAll(f, words));
  return matching.sort(compareForList);
}

/** The list's order: by family name, then by the first child's name. */
export function compareForList(a: SearchableFamily, b: SearchableFamily): number {
  return compareNames(a.familyName, b.familyName) || compareNames(a.children[0]?.name ?? '', b.children[0]?.name ?? '');
}

function matchesAll(family: SearchableFamily, words: string[]): boolean {
  const haystack = searchKey(
    [family.familyName, ...family.carers.map((c) => c.name), ...family.children.flatMap((c) => [c.name, c.school])].join('\n'),
  );
  return words.every((w) => haystack.includes(w));
}
