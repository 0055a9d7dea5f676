/**
 * Contact details in free text: phone numbers, email addresses, postcodes, street addresses and
 * every address, phone and email the family record holds. A letter to a child carries none of
 * them, whoever they belong to ("ring Mrs Porter on 07700 900123 at 12 Elm Road" becomes
 * "ring Mrs Porter"); the leak check uses the same patterns to make sure.
 */
import type { FamilyRecord } from '../domain/family-record';
import { formatAddress } from '../domain/household';

const PATTERNS: readonly RegExp[] = [
  /[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}/giu,
  // UK numbers however they are spaced: "07700 900123", "0113 496 0000", "+44 (0)113-496-0000".
  /(?:\+44\s?(?:\(0\)\s?)?|\b0)\d(?:[\s.-]?\d){8,10}\b/gu,
  /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/giu,
  /\b(?:flat|apartment|unit)\s+\d+[a-z]?\b,?/giu,
  /\b\d+[a-z]?,?\s+(?:[\p{Lu}][\p{L}'-]*\s+){1,3}(?:road|street|lane|avenue|close|drive|way|court|crescent|place|gardens|terrace|grove|walk|square|row|hill|rd|st|ave)\b/giu,
];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every address (whole and by line), phone and email in the record, of anyone in it. */
export function familyContactValues(family: FamilyRecord): string[] {
  const values: string[] = [];
  for (const home of family.households) {
    values.push(formatAddress(home.address), home.address.line1, home.address.line2, home.address.postcode, home.phone);
  }
  for (const person of [...family.carers, ...family.children]) values.push(person.phone, person.email);
  return [...new Set(values.map((v) => v.trim()).filter((v) => v.length >= 4))].sort((a, b) => b.length - a.length);
}

function patternsFor(known: readonly string[]): RegExp[] {
  return [...known.map((value) => new RegExp(escapeRegExp(value).replace(/\s+/g, '\\s*'), 'giu')), ...PATTERNS];
}

const NONE: readonly string[] = [];

interface LeadPattern {
  /** The pattern alone, not global: a quick test of whether the text holds it at all. */
  bare: RegExp;
  /** The pattern with the little words that lead to it; global, so replace starts it at 0. */
  lead: RegExp;
}

const leadPatterns = new WeakMap<readonly string[], readonly LeadPattern[]>();

/**
 * Each pattern with the little words that lead to it, compiled once for a list of known values
 * (a letter cleans every line with the same list).
 */
function leadPatternsFor(known: readonly string[]): readonly LeadPattern[] {
  let leads = leadPatterns.get(known);
  if (leads === undefined) {
    leads = patternsFor(known).map((pattern) => ({
      bare: new RegExp(pattern.source, pattern.flags.replace('g', '')),
      lead: new RegExp(`(?:[ \\t]*(?:[,;:]|\\b(?:on|at|to|via|or|ring|call|phone|text|email|in)\\b))*[ \\t]*(?:${pattern.source})`, pattern.flags),
    }));
    leadPatterns.set(known, leads);
  }
  return leads;
}

/** True when the text holds a contact detail of any kind. */
export function hasContactDetails(text: string, known: readonly string[] = []): boolean {
  return patternsFor(known).some((pattern) => {
    pattern.lastIndex = 0;
    return pattern.test(text);
  });
}

/**
 * The text with every contact detail taken out, with the little words that led to it ("on",
 * "at", "to") and the punctuation left hanging tidied away.
 */
export function withoutContactDetails(text: string, known: readonly string[] = NONE): string {
  let out = text;
  // A lead pattern ends in its pattern, so text without the pattern has nothing to take out; the
  // lead pattern, tried at every word, costs many times the bare test.
  for (const { bare, lead } of leadPatternsFor(known)) if (bare.test(out)) out = out.replace(lead, '');
  return out
    .replace(/[ \t]+([.,;:!?])/g, '$1')
    .replace(/([,;:])(?=[ \t]*(?:[.!?]|$))/gm, '')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/^[ \t,;:]+/gm, '')
    .trim();
}
