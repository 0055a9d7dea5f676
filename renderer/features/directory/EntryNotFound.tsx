import { Link } from 'react-router';
import { PageHeading } from '../../components/PageHeading';

/** Shown for an address that names a directory entry that does not exist (or was removed). */
export function EntryNotFound({ what, backTo }: { what: string; backTo: string }) {
  return (
    <>
      <PageHeading title={`${what} not found`} />
      <p>
        This entry is not in the directory. It may have been removed. <Link to={backTo}>Go to the directory</Link>
      </p>
    </>
  );
}
