import { useLiveQuery } from 'dexie-react-hooks';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import type { PathInput } from '../../../shared/rules/path';
import { useRepositories } from '../../data/hooks/useRepositories';
import { isInvitationRecord } from '../../../shared/domain/audit-vocabulary';

/** Everything the family's path is worked out from, kept live; undefined while loading. */
export function usePathData(family: FamilyRecord): PathInput | undefined {
  const repos = useRepositories();
  return useLiveQuery(async () => {
    const [consent, plans, timetable, meetings, records, audit] = await Promise.all([
      repos.consent.forFamily(family.id),
      repos.plans.forFamily(family.id),
      repos.timetables.forFamily(family.id),
      repos.meetings.forFamily(family.id),
      repos.meetingRecords.forFamily(family.id),
      repos.audit.forFamily(family.id),
    ]);
    const minutes = (await Promise.all(meetings.map((m) => repos.minutes.forMeeting(m.id)))).flat();
    const invitationsSent = audit
      .filter((e) => e.action === 'export' && isInvitationRecord(e.recordType))
      .map((e) => ({ meetingId: e.recordId, recipients: e.recipients ?? [] }));
    return { family, consent, plans, timetable: timetable ?? null, meetings, records, minutes, invitationsSent };
  }, [repos, family]);
}
