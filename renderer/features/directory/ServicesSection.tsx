import { useRepositories } from '../../data/hooks/useRepositories';
import { serviceCsv } from './csv-kinds';
import { CsvTools } from './CsvTools';
import { Detail, EntryCard } from './EntryCard';
import { EntryListSection } from './EntryListSection';
import { searchServices } from './search';
import { useServices } from './useDirectory';
import { paths } from '../../components/paths';

const SEARCH = { id: 'service-search', label: 'Search local services', hint: 'By name, what they offer or who they are for', find: searchServices };

/** The local services in the directory: add, search, edit, remove, import and download. */
export function ServicesSection() {
  const { directory } = useRepositories();
  return (
    <EntryListSection
      headingId="services-heading"
      title="Local services"
      add={{ to: paths.newService(), label: 'Add a local service' }}
      search={SEARCH}
      noun={{ one: 'local service', many: 'local services' }}
      empty="Add services families can be pointed to, or import them from a CSV file."
      all={useServices()}
      entry={(s) => (
        <EntryCard key={s.id} name={s.name} editTo={paths.editService(s.id)} removeTo={paths.removeService(s.id)}>
          <Detail label="What they offer" value={s.offer} />
          <Detail label="Who it is for" value={s.forWhom} />
          <Detail label="How to refer" value={s.howToRefer} />
          <Detail label="Phone" value={s.phone} />
          <Detail label="Email" value={s.email} />
          <Detail label="Website" value={s.website} />
          <Detail label="Notes" value={s.notes} />
        </EntryCard>
      )}
      tools={(all) => <CsvTools kind={serviceCsv} existing={all} importRows={(rows) => directory.importServices(rows)} />}
    />
  );
}
