/** "What they do" in a letter: each role in plain words from the glossary (templates/glossary.json). */
import { lookUpTerm, type Glossary } from '../../rules/glossary';

/**
 * "SENCO (Special Educational Needs Co-ordinator). The teacher at school who makes sure…".
 * A role typed with its own explanation ("School nurse: looks after…") and a role the glossary
 * does not know ("Mum", "Class teacher") are kept as typed.
 */
export function roleInPlainWords(role: string, glossary: Glossary): string {
  const said = role.trim();
  if (said === '' || said.includes(':')) return said;
  const key = said.toLocaleLowerCase('en-GB');
  const term = lookUpTerm(glossary, said) ?? glossary.terms.find((t) => t.abbreviationOf?.toLocaleLowerCase('en-GB') === key);
  if (term === undefined) return said;
  const named = term.abbreviationOf !== undefined && term.abbreviationOf.toLocaleLowerCase('en-GB') !== key ? `${said} (${term.abbreviationOf})` : said;
  return `${named}. ${term.plain}`;
}
