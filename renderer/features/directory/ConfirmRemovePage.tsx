import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { toStorageError } from '../../data/errors';
import { EntryNotFound } from './EntryNotFound';
import type { FlashState } from '../../components/notices/FlashNotice';

interface Props {
  /** The entry from a live query: `undefined` while loading, `null` when there is none. */
  entry: { id: string; name: string } | null | undefined;
  /** "Practitioner" or "Local service", for the not-found page. */
  what: string;
  /** What removing does and does not change, in plain words. */
  explanation: string;
  keepLabel: string;
  backTo: string;
  remove(id: string): Promise<void>;
}

/** Asks before an entry leaves the directory; nothing is removed until "Yes, remove" is pressed. */
export function ConfirmRemovePage({ entry, what, explanation, keepLabel, backTo, remove }: Props) {
  const navigate = useNavigate();
  // Once removal starts the live query finds nothing; keep showing this page until we move on.
  const [removing, setRemoving] = useState<{ id: string; name: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const shown = removing ?? entry;
  if (shown === undefined) return <Loading what={what.toLocaleLowerCase('en-GB')} />;
  if (shown === null) return <EntryNotFound what={what} backTo={backTo} />;
  const target = shown;

  async function confirm() {
    setRemoving(target);
    setProblem(null);
    try {
      await remove(target.id);
      const state: FlashState = { flash: `${target.name} has been removed from the directory.` };
      navigate(backTo, { state });
    } catch (error) {
      setProblem(toStorageError(error).message);
      setRemoving(null);
    }
  }

  return (
    <>
      <PageHeading title={`Remove ${target.name} from the directory?`}>
        Remove <bdi>{target.name}</bdi> from the directory?
      </PageHeading>
      {problem && (
        <div className="notice notice--problem" role="alert">
          {problem}
        </div>
      )}
      <p className="lead">{explanation}</p>
      <div className="directory-button-row">
        <button type="button" className="button directory-button--remove" disabled={removing !== null} onClick={() => void confirm()}>
          Yes, remove
        </button>
        <Link className="button button--secondary" to={backTo}>
          {keepLabel}
        </Link>
      </div>
    </>
  );
}
