/**
 * Words a child can follow in their letter: no abbreviations. A glossary abbreviation becomes
 * the person or thing it is, in the glossary's plain words ("the DSL" -> "the person at school
 * whose job is to keep children safe"), or, when the glossary says what it is another way,
 * its name written out ("CAMHS" -> "the NHS team that helps children and young people ...").
 */
import type { Glossary, GlossaryTerm } from '../rules/glossary';
import { capitalise } from '../words/case';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "The person at school whose job is to keep children safe." -> that phrase; null when it is not a noun phrase. */
function nounPhrase(term: GlossaryTerm): string | null {
  const first = term.plain.split(/(?<=[.!?])\s/)[0]?.replace(/[.!?:]\s*$/, '').trim() ?? '';
  if (!/^(The|A|An) /.test(first) || first.includes(':')) return null;
  return first.charAt(0).toLocaleLowerCase('en-GB') + first.slice(1);
}

function writtenOut(term: GlossaryTerm): string {
  return nounPhrase(term) ?? (term.abbreviationOf ? `the ${term.abbreviationOf.toLocaleLowerCase('en-GB')}` : term.term);
}

const termPatterns = new WeakMap<GlossaryTerm, RegExp | null>();

/** The abbreviation with any "the" or "a" before it, compiled once per term (global: replace starts it at 0); null for a term that is not one. */
function termPattern(term: GlossaryTerm): RegExp | null {
  let pattern = termPatterns.get(term);
  if (pattern === undefined) {
    pattern = /^[A-Z]{2,}$/.test(term.term) ? new RegExp(`(^|[^\\p{L}])(?:(?:[Tt]he|[Aa]n?) )?${escapeRegExp(term.term)}(?![\\p{L}])`, 'gu') : null;
    termPatterns.set(term, pattern);
  }
  return pattern;
}

/** The text with every glossary abbreviation (TAC, DSL, SENCO ...) written out in plain words. */
export function childWords(text: string, glossary: Glossary): string {
  let out = text;
  for (const term of glossary.terms) {
    const pattern = termPattern(term);
    // The pattern needs the abbreviation itself: most lines hold none, and a substring search is far cheaper.
    if (pattern === null || !out.includes(term.term)) continue;
    out = out.replace(pattern, (match: string, before: string, offset: number) => {
      const phrase = writtenOut(term);
      const startsSentence = /^\s*$/.test(out.slice(0, offset + before.length)) || /[.!?]\s*$/.test(out.slice(0, offset + before.length));
      return before + (startsSentence ? capitalise(phrase) : phrase);
    });
  }
  return out;
}

const escapeName = (s: string) => s.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/** "sees" -> "see", "watches" -> "watch", "tries" -> "try": the verb after "you" instead of a name. */
function baseVerb(verb: string): string {
  const irregular: Record<string, string> = { is: 'are', has: 'have', was: 'were', does: 'do', goes: 'go' };
  const lower = verb.toLocaleLowerCase('en-GB');
  if (irregular[lower]) return irregular[lower];
  if (/[^aeiou]ies$/.test(lower)) return `${verb.slice(0, -3)}y`;
  if (/(?:ch|sh|ss|x|z)es$/.test(lower)) return verb.slice(0, -2);
  if (/[^s]s$/.test(lower)) return verb.slice(0, -1);
  return verb;
}

/**
 * A sentence about the child, said to them: "Check Amir sees the nurse" -> "Check you see the
 * nurse", "Amir's reading" -> "your reading". `names` are every name the child goes by, longest first.
 */
export function toReader(text: string, names: readonly string[]): string {
  const wanted = [...new Set(names.map((n) => n.trim()).filter((n) => n !== ''))].sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return text;
  const name = `(?:${wanted.map(escapeName).join('|')})`;
  const start = (offset: number, whole: string) => /^\s*$/.test(whole.slice(0, offset)) || /[.!?]\s*$/.test(whole.slice(0, offset));
  return text
    .replace(new RegExp(`(?<![\\p{L}])${name}['’]s(?![\\p{L}])`, 'gu'), (m, offset: number, whole: string) => (start(offset, whole) ? 'Your' : 'your'))
    .replace(new RegExp(`(?<![\\p{L}])${name}\\s+(\\p{Ll}+s)(?![\\p{L}])`, 'gu'), (m, verb: string, offset: number, whole: string) => `${start(offset, whole) ? 'You' : 'you'} ${baseVerb(verb)}`)
    .replace(new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'gu'), (m, offset: number, whole: string) => (start(offset, whole) ? 'You' : 'you'));
}
