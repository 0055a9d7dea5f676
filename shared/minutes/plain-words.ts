/**
 * Plain words for the family's version: abbreviations spelled out the first time they appear in
 * a section ("DSL (Designated Safeguarding Lead)"), roles explained from the glossary, and the
 * glossary entries a document uses. People's own words (quotations) are never changed.
 */
import type { Glossary, GlossaryTerm } from '../rules/glossary';
import { lookUpTerm } from '../rules/glossary';

const ABBREVIATION = /(?<![\p{L}\p{N}])([A-Z]{2,6})(?=(?:'?s)?(?![\p{L}\p{N}]))/gu;

/** True where "ABC (" or "(ABC)" already explains the abbreviation at this point. */
function explainedHere(text: string, start: number, end: number): boolean {
  return /^\s*\(/u.test(text.slice(end)) || (text[start - 1] === '(' && text[end] === ')');
}

/**
 * Spells out abbreviations the glossary knows, once per `seen` set (one set per section), as
 * "DSL (Designated Safeguarding Lead)", which the plain-language checker reads as explained.
 */
export function spellOut(text: string, glossary: Glossary, seen: Set<string>): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(ABBREVIATION)) {
    const abbreviation = m[0];
    if (seen.has(abbreviation)) continue;
    const meaning = glossary.terms.find((t) => t.term.toUpperCase() === abbreviation && t.abbreviationOf !== undefined)?.abbreviationOf;
    if (meaning === undefined) continue;
    seen.add(abbreviation);
    const end = m.index + abbreviation.length;
    if (explainedHere(text, m.index, end)) continue;
    // After a possessive ("DSL's"), the brackets go after the "'s".
    const tail = /^'?s(?![\p{L}\p{N}])/u.exec(text.slice(end))?.[0] ?? '';
    out += `${text.slice(last, end + tail.length)} (${meaning})`;
    last = end + tail.length;
  }
  return out + text.slice(last);
}

/** "Health visitor" -> the glossary's plain explanation of it, when there is one. */
export function roleMeaning(role: string, glossary: Glossary): string | null {
  const exact = lookUpTerm(glossary, role);
  if (exact) return exact.plain;
  // "School nurse at Oak Primary School": the longest glossary term the role starts with.
  const lower = role.trim().toLocaleLowerCase('en-GB');
  const starts = glossary.terms
    .filter((t) => t.abbreviationOf === undefined && lower.startsWith(`${t.term.toLocaleLowerCase('en-GB')} `))
    .sort((a, b) => b.term.length - a.term.length)[0];
  return starts?.plain ?? null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/** Glossary entries whose term appears in the text, in glossary order. */
export function termsUsed(text: string, glossary: Glossary): GlossaryTerm[] {
  return glossary.terms.filter((t) => {
    const flags = t.abbreviationOf !== undefined ? 'u' : 'iu';
    return new RegExp(`(?<![\\p{L}\\p{N}])${escape(t.term)}(?![\\p{L}\\p{N}])`, flags).test(text);
  });
}
