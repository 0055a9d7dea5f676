import { Link, useSearchParams } from 'react-router';
import { useRepositories } from '../../data/hooks/useRepositories';
import { serviceCsv } from './csv-kinds';
import { CsvTools } from './CsvTools';
import { Detail, EntryCard } from './EntryCard';
import { SearchField } from './SearchField';
import { resultLine, searchServices } from './search';
import { useServices } from './useDirectory';
import { paths } from '../../components/paths';

/** The local services in the directory: add, search, edit, remove, import and download. */
export function ServicesSection() {
  const all = useServices();
  const { directory } = useRepositories();
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const shown = all ? searchServices(all, query) : [];

  return (
    <section aria-labelledby="services-heading">
      <h2 className="section-heading" id="services-heading">
        Local services
      </h2>
      <p>
        <Link className="button" to={paths.newService()}>
          Add a local service
        </Link>
      </p>
      <SearchField
        id="service-search"
        label="Search local services"
        hint="By name, what they offer or who they are for"
        value={query}
        onValueChange={(q) => setParams(q ? { q } : {}, { replace: true })}
      />
      {all === undefined ? (
        <p>Loading local services…</p>
      ) : (
        <>
          <p role="status" className="result-count">
            {resultLine(shown.length, all.length, query, 'local service', 'local services')}
          </p>
          {all.length === 0 && <p>Add services families can be pointed to, or import them from a CSV file.</p>}
          <ul className="directory-list" aria-label="Local services">
            {shown.map((s) => (
              <EntryCard key={s.id} name={s.name} editTo={paths.editService(s.id)} removeTo={paths.removeService(s.id)}>
                <Detail label="What they offer" value={s.offer} />
                <Detail label="Who it is for" value={s.forWhom} />
                <Detail label="How to refer" value={s.howToRefer} />
                <Detail label="Phone" value={s.phone} />
                <Detail label="Email" value={s.email} />
                <Detail label="Website" value={s.website} />
                <Detail label="Notes" value={s.notes} />
              </EntryCard>
            ))}
          </ul>
          <CsvTools kind={serviceCsv} existing={all} importRows={(rows) => directory.importServices(rows)} />
        </>
      )}
    </section>
  );
}
