import { useLiveQuery } from 'dexie-react-hooks';
import type { LocalService, Practitioner } from '../../../shared/domain/directory';
import { useRepositories } from '../../data/hooks/useRepositories';

/** Every practitioner in the directory, sorted by name, re-read whenever the directory changes. `undefined` while loading. */
export function usePractitioners(): Practitioner[] | undefined {
  const { directory } = useRepositories();
  return useLiveQuery(() => directory.practitioners(), [directory]);
}

/** Every local service, sorted by name. `undefined` while loading. */
export function useServices(): LocalService[] | undefined {
  const { directory } = useRepositories();
  return useLiveQuery(() => directory.services(), [directory]);
}

/** One practitioner; `null` when there is no such entry, `undefined` while loading. */
export function usePractitioner(id: string): Practitioner | null | undefined {
  const { directory } = useRepositories();
  return useLiveQuery(async () => (await directory.practitioners()).find((p) => p.id === id) ?? null, [directory, id]);
}

/** One local service; `null` when there is no such entry, `undefined` while loading. */
export function useService(id: string): LocalService | null | undefined {
  const { directory } = useRepositories();
  return useLiveQuery(async () => (await directory.services()).find((s) => s.id === id) ?? null, [directory, id]);
}
