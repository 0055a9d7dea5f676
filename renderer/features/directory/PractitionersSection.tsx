import { Link } from 'react-router';
import { practitionerCsv } from './csv-kinds';
import { CsvTools } from './CsvTools';
import { Detail, EntryCard } from './EntryCard';
import { EntryListSection } from './EntryListSection';
import { searchPractitioners } from './search';
import { usePractitioners } from './useDirectory';
import { useRepositories } from '../../data/hooks/useRepositories';
import { paths } from '../../components/paths';
import { workingHoursOf } from '../../../shared/domain/directory';

const SEARCH = { id: 'practitioner-search', label: 'Search practitioners', hint: 'By name, role, agency or email address', find: searchPractitioners };

/** The practitioners in the directory: add, search, edit, remove, import and download. */
export function PractitionersSection() {
  const { directory } = useRepositories();
  return (
    <EntryListSection
      headingId="practitioners-heading"
      title="Practitioners"
      add={{ to: paths.newPractitioner(), label: 'Add a practitioner' }}
      search={SEARCH}
      noun={{ one: 'practitioner', many: 'practitioners' }}
      empty="Add the people you work with, or import them from a CSV file."
      all={usePractitioners()}
      entry={(p) => (
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
      )}
      tools={(all) => <CsvTools kind={practitionerCsv} existing={all} importRows={(rows) => directory.importPractitioners(rows)} />}
    />
  );
}
