import { FamilyNotFound, NotFound } from '../../components/notices/NotFound';
import { paths } from '../../components/paths';

/** Shown when an address names a family or practitioner that is not in the app. */
export function TimetableNotFound({ what }: { what: 'family' | 'practitioner' }) {
  if (what === 'family') return <FamilyNotFound />;
  return <NotFound heading="Practitioner not found" message="This practitioner is not in the directory." link={{ to: paths.directory(), text: 'Go to the directory' }} />;
}
