import type { PathInput } from '../../../shared/rules/path';
import type { Repositories } from '../../data/repositories';
import { isInvitationRecord } from '../../../shared/domain/audit-vocabulary';

/** What the family's path is worked out from, besides the family itself. */
export type PathData = Omit<PathInput, 'family'>;

/**
 * Reads everything the family's path is worked out from, by the family's id alone, in one batch
 * with no read waiting on another. Call it inside a live query (the family page reads it in the
 * same live query as the family).
 */
export async function readPathData(repos: Repositories, familyId: string): Promise<PathData> {
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
}
