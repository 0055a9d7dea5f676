import type { LocalService, Practitioner } from '../../../shared/domain/directory';
import { compareNames, searchKey } from '../../../shared/rules/text';

/**
 * Entries sorted by name, kept to those matching every word of the search somewhere in their
 * text. Case, accents and curly apostrophes are ignored: "stefan" finds "Ștefan", "o'brien" finds "O’Brien".
 */
export function searchEntries<T extends { name: string }>(entries: readonly T[], query: string, textOf: (entry: T) => readonly string[]): T[] {
  const words = searchKey(query).split(/\s+/).filter(Boolean);
  const matching = words.length === 0 ? [...entries] : entries.filter((e) => matchesAll(searchKey(textOf(e).join('\n')), words));
  return matching.sort((a, b) => compareNames(a.name, b.name));
}

function matchesAll(haystack: string, words: readonly string[]): boolean {
  return words.every((w) => haystack.includes(w));
}

export function searchPractitioners(practitioners: readonly Practitioner[], query: string): Practitioner[] {
  return searchEntries(practitioners, query, (p) => [p.name, p.role, p.agency, p.secureEmail]);
}

export function searchServices(services: readonly LocalService[], query: string): LocalService[] {
  return searchEntries(services, query, (s) => [s.name, s.offer, s.forWhom]);
}

/** "1 practitioner", "12 practitioners". */
export function countOf(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** The line under the search box: how many there are, and how many match. */
export function resultLine(shown: number, total: number, query: string, singular: string, plural: string): string {
  if (total === 0) return `No ${plural} yet.`;
  if (query.trim() === '') return `${countOf(total, singular, plural)}.`;
  return `${shown} of ${countOf(total, singular, plural)} ${total === 1 ? 'matches' : 'match'} “${query.trim()}”.`;
}
