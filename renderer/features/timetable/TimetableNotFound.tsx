import { Link } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { paths } from '../../components/paths';

/** Shown when an address names a family or practitioner that is not in the app. */
export function TimetableNotFound({ what }: { what: 'family' | 'practitioner' }) {
  return (
    <>
      <PageHeading title={what === 'family' ? 'Family not found' : 'Practitioner not found'} />
      <p>
        {what === 'family' ? 'This family could not be found. ' : 'This practitioner is not in the directory. '}
        {what === 'family' ? <Link to={paths.families()}>Go to the list of families</Link> : <Link to={paths.directory()}>Go to the directory</Link>}
      </p>
    </>
  );
}
