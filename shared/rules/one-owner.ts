/**
 * An action works best with one person who makes sure it happens. An owner typed as two people
 * ("Mum and school", "Priya / Tom", "Dad & Gran") gets a gentle check at the field; it never
 * stops the action being saved. A name the screen offers (a service such as "Children and
 * Families Team" in the directory) is one owner, whatever words it has in it.
 */

export const ONE_OWNER_MESSAGE = 'An action works best with one person who makes sure it happens. Who is that?';

/** "and", "&", "+" or "/" between two names. */
const JOINS = /\s+(?:and|&|\+)\s+|\s*[/&+]\s*/iu;

const key = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');

/** True when the owner names more than one person; `knownNames` are single owners the screen suggests. */
export function namesMoreThanOnePerson(owner: string, knownNames: readonly string[] = []): boolean {
  const typed = key(owner);
  if (typed === '' || knownNames.some((name) => key(name) === typed)) return false;
  return typed.split(JOINS).filter((part) => /\p{L}/u.test(part)).length > 1;
}

/** The check to show at an owner field, if any. */
export function oneOwnerCheck(owner: string, knownNames: readonly string[] = []): string | undefined {
  return namesMoreThanOnePerson(owner, knownNames) ? ONE_OWNER_MESSAGE : undefined;
}
