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

/** The text with every glossary abbreviation (TAC, DSL, SENCO ...) written out in plain words. */
export function childWords(text: string, glossary: Glossary): string {
  let out = text;
  for (const term of glossary.terms) {
    if (!/^[A-Z]{2,}$/.test(term.term)) continue;
    const pattern = new RegExp(`(^|[^\\p{L}])(?:(?:[Tt]he|[Aa]n?) )?${escapeRegExp(term.term)}(?![\\p{L}])`, 'gu');
    out = out.replace(pattern, (match: string, before: string, offset: number) => {
      const phrase = writtenOut(term);
      const startsSentence = /^\s*$/.test(out.slice(0, offset + before.length)) || /[.!?]\s*$/.test(out.slice(0, offset + before.length));
      return before + (startsSentence ? capitalise(phrase) : phrase);
    });
  }
  return out;
}
