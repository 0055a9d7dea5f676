import { Detail, EntryCard } from './EntryCard';
import { serviceKind } from './entry-kinds';
import { EntryListSection } from './EntryListSection';
import { paths } from '../../components/paths';

/** The local services in the directory: add, search, edit, remove, import and download. */
export function ServicesSection() {
  return (
    <EntryListSection
      kind={serviceKind}
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
    />
  );
}
