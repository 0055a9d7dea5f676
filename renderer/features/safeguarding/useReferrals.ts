import { useLiveQuery } from 'dexie-react-hooks';
import type { Referral } from '../../../shared/domain/safeguarding';
import { useRepositories } from '../../data/hooks/useRepositories';

/** The family's safeguarding referrals, newest first; `undefined` while loading. */
export function useReferrals(familyId: string): Referral[] | undefined {
  const { referrals } = useRepositories();
  return useLiveQuery(() => referrals.forFamily(familyId), [referrals, familyId]);
}
