import { useLiveQuery } from 'dexie-react-hooks';
import type { PathInput } from '../../../shared/rules/path';
import { useRepositories } from '../../data/hooks/useRepositories';
import { isInvitationRecord } from '../../../shared/domain/audit-vocabulary';

/** What the family's path is worked out from, besides the family itself. */
export type PathData = Omit<PathInput, 'family'>;

/**
 * Everything the family's path is worked out from, kept live; undefined while loading. Keyed on
 * the family's id alone, so the family page can start these reads at the same time as it reads
 * the family (not after it), in one batch with no read waiting on another.
 */
export function usePathData(familyId: string): PathData | undefined {
  const repos = useRepositories();
  return useLiveQuery(async () => {
    const [consent, plans, timetable, meetings, records, minutes, audit] = await Promise.all([
      repos.consent.forFamily(familyId),
      repos.plans.forFamily(familyId),
      repos.timetables.forFamily(familyId),
      repos.meetings.forFamily(familyId),
      repos.meetingRecords.forFamily(familyId),
      repos.minutes.forFamily(familyId),
      repos.audit.forFamily(familyId),
    ]);
    const invitationsSent = audit
      .filter((e) => e.action === 'export' && isInvitationRecord(e.recordType))
      .map((e) => ({ meetingId: e.recordId, recipients: e.recipients ?? [] }));
    return { consent, plans, timetable: timetable ?? null, meetings, records, minutes, invitationsSent };
  }, [repos, familyId]);
}
