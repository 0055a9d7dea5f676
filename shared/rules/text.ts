/**
 * Text rules used wherever a person's words cross a boundary.
 * Names are stored exactly as typed (accents, apostrophes, right-to-left scripts),
 * except that invisible control characters are removed from single-line fields.
 */

// C0/C1 controls except tab; keeps bidi marks and joiners, which real names use.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

export function stripControlCharacters(text: string): string {
  return text.replace(CONTROL, '');
}

/** For window titles and file names: no controls, no bidi overrides, no path separators. */
export function safeTitle(text: string): string {
  return stripControlCharacters(text)
    .replace(/[\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/[\\/:*?"<>|\t]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
}

/** Case- and accent-insensitive comparison key for search and sorting. */
export function searchKey(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en-GB').replace(/[’‘`]/g, "'");
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}
