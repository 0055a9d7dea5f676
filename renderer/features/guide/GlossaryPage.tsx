import { Link } from 'react-router';
import { loadDefaultGlossary, type GlossaryTerm } from '../../../shared/rules/glossary';
import { PageHeading } from '../../components/PageHeading';
import { GUIDE_PATH } from './guide-links';
import '../../styles/guide.css';
import { Section } from '../../components/Section';

const glossary = loadDefaultGlossary();
const byTerm = (a: GlossaryTerm, b: GlossaryTerm) => a.term.localeCompare(b.term, 'en-GB');
const abbreviations = glossary.terms.filter((t) => t.abbreviationOf !== undefined).sort(byTerm);
const words = glossary.terms.filter((t) => t.abbreviationOf === undefined).sort(byTerm);

function Terms({ terms }: { terms: readonly GlossaryTerm[] }) {
  return (
    <dl className="glossary">
      {terms.map((t) => (
        <div key={t.term} className="glossary__entry">
          <dt>
            {t.abbreviationOf === undefined ? (
              t.term
            ) : (
              <>
                <abbr title={t.abbreviationOf}>{t.term}</abbr>: {t.abbreviationOf}
              </>
            )}
          </dt>
          <dd>{t.plain}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Route `guide/glossary`: the roles, words and abbreviations of early help, from templates/glossary.json. */
export function GlossaryPage() {
  return (
    <>
      <PageHeading title="Glossary of roles and abbreviations" />
      <p>What the words mean, in the plain words you can use with families.</p>
      <p>
        <Link to={GUIDE_PATH}>Your first meeting: a short guide</Link>
      </p>
      <Section headingId="glossary-abbreviations" title="Abbreviations">
        <Terms terms={abbreviations} />
      </Section>
      <Section headingId="glossary-words" title="Roles and other words">
        <Terms terms={words} />
      </Section>
    </>
  );
}
