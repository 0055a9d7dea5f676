import { Link, useSearchParams } from 'react-router';
import { practitionerCsv } from './csv-kinds';
import { CsvTools } from './CsvTools';
import { Detail, EntryCard } from './EntryCard';
import { SearchField } from './SearchField';
import { resultLine, searchPractitioners } from './search';
import { usePractitioners } from './useDirectory';
import { useRepositories } from '../../data/hooks/useRepositories';
import { paths } from '../../components/paths';
import { workingHoursOf } from '../../../shared/domain/directory';

/** The practitioners in the directory: add, search, edit, remove, import and download. */
export function PractitionersSection() {
  const all = usePractitioners();
  const { directory } = useRepositories();
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const shown = all ? searchPractitioners(all, query) : [];

  return (
    <section aria-labelledby="practitioners-heading">
      <h2 className="section-heading" id="practitioners-heading">
        Practitioners
      </h2>
      <p>
        <Link className="button" to={paths.newPractitioner()}>
          Add a practitioner
        </Link>
      </p>
      <SearchField
        id="practitioner-search"
        label="Search practitioners"
        hint="By name, role, agency or email address"
        value={query}
        onValueChange={(q) => setParams(q ? { q } : {}, { replace: true })}
      />
      {all === undefined ? (
        <p>Loading practitioners…</p>
      ) : (
        <>
          <p role="status" className="result-count">
            {resultLine(shown.length, all.length, query, 'practitioner', 'practitioners')}
          </p>
          {all.length === 0 && <p>Add the people you work with, or import them from a CSV file.</p>}
          <ul className="directory-list" aria-label="Practitioners">
            {shown.map((p) => (
              <EntryCard
                key={p.id}
                name={p.name}
                editTo={paths.editPractitioner(p.id)}
                removeTo={paths.removePractitioner(p.id)}
                more={
                  <>
                    <Link to={paths.unavailability(p.id)}>
                      Times<span className="visually-hidden"> {p.name}</span> cannot meet
                    </Link>
                    <Link to={paths.ownerActions(p.id)}>
                      Open actions<span className="visually-hidden"> for {p.name}</span>
                    </Link>
                  </>
                }
              >
                <Detail label="Role" value={p.role} />
                <Detail label="Agency" value={p.agency} />
                <Detail label="Phone" value={p.phone} />
                <Detail label="Secure email" value={p.secureEmail} />
                <Detail label="Working hours" value={`${workingHoursOf(p).start} to ${workingHoursOf(p).end}`} />
              </EntryCard>
            ))}
          </ul>
          <CsvTools kind={practitionerCsv} existing={all} importRows={(rows) => directory.importPractitioners(rows)} />
        </>
      )}
    </section>
  );
}
