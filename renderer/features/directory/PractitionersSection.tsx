import { Link } from 'react-router';
import { Detail, EntryCard } from './EntryCard';
import { practitionerKind } from './entry-kinds';
import { EntryListSection } from './EntryListSection';
import { paths } from '../../components/paths';
import { workingHoursOf } from '../../../shared/domain/directory';

/** The practitioners in the directory: add, search, edit, remove, import and download. */
export function PractitionersSection() {
  return (
    <EntryListSection
      kind={practitionerKind}
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
    />
  );
}
