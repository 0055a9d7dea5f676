import { NotFound } from '../../components/notices/NotFound';

/** Shown for an address that names a directory entry that does not exist (or was removed). */
export function EntryNotFound({ what, backTo }: { what: string; backTo: string }) {
  return <NotFound heading={`${what} not found`} message="This entry is not in the directory. It may have been removed." link={{ to: backTo, text: 'Go to the directory' }} />;
}
