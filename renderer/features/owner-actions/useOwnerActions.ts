import { useEffect, useState } from 'react';
import { StorageError } from '../../data/errors';
import { useRepositories } from '../../data/hooks/useRepositories';
import type { OwnerActionsView } from '../../data/repositories/owner-actions';

export type OwnerActionsState = { status: 'loading' } | { status: 'missing' } | { status: 'failed'; message: string } | { status: 'ready'; view: OwnerActionsView };

/** The practitioner's list, read once when the page opens. */
export function useOwnerActions(practitionerId: string): OwnerActionsState {
  const { ownerActions } = useRepositories();
  const [state, setState] = useState<OwnerActionsState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    ownerActions
      .forOwner(practitionerId)
      .then((view) => {
        if (live) setState(view ? { status: 'ready', view } : { status: 'missing' });
      })
      .catch((error: unknown) => {
        if (live) setState({ status: 'failed', message: error instanceof StorageError ? error.message : 'The actions could not be read. Try again.' });
      });
    return () => {
      live = false;
    };
  }, [ownerActions, practitionerId]);
  return state;
}
