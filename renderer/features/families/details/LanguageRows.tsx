import { SummaryRow } from './SummaryRow';

interface Language {
  firstLanguage: string;
  interpreterNeeded: boolean;
  interpreterLanguage: string;
}

export function LanguageRows({ person }: { person: Language }) {
  const interpreter = person.interpreterNeeded ? `Needed${person.interpreterLanguage ? ` (${person.interpreterLanguage})` : ''}` : '';
  return (
    <>
      <SummaryRow label="First language">{person.firstLanguage}</SummaryRow>
      <SummaryRow label="Interpreter">{interpreter}</SummaryRow>
    </>
  );
}
