import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { capitalise } from '../../../shared/words/case';
import { toStorageError } from '../../data/errors';
import { useRepositories } from '../../data/hooks/useRepositories';
import type { EntryKind } from './entry-kinds';
import { EntryNotFound } from './EntryNotFound';
import type { FlashState } from '../../components/notices/FlashNotice';

/** Asks before the entry the address names leaves the directory; nothing is removed until "Yes, remove" is pressed. */
export function ConfirmRemovePage<E extends V & { id: string }, D extends { [K in keyof D]: string }, V extends { name: string }>({ kind }: { kind: EntryKind<E, D, V> }) {
  const { directory } = useRepositories();
  const entry = kind.useOne(useParams()[kind.param] ?? '');
  const { explanation, keepLabel } = kind.removal;
  const backTo = kind.back.to;
  const navigate = useNavigate();
  // Once removal starts the live query finds nothing; keep showing this page until we move on.
  const [removing, setRemoving] = useState<{ id: string; name: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const shown = removing ?? entry;
  if (shown === undefined) return <Loading what={kind.what} />;
  if (shown === null) return <EntryNotFound what={capitalise(kind.what)} backTo={backTo} />;
  const target = shown;

  async function confirm() {
    setRemoving(target);
    setProblem(null);
    try {
      await kind.store.remove(directory, target.id);
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
