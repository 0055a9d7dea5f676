import { z } from 'zod';
import { meetingKindSchema } from './meeting-kind';
import { meetingStatusSchema, type Meeting } from './meeting';

/**
 * The little the home screen needs about a meeting to decide which lists it belongs on: when it
 * starts, how long it lasts, what kind it is and whether it is still on. Stored beside the meeting
 * (about 150 bytes against several kilobytes) and rewritten with it in the same transaction, so
 * home reads whole meetings only for what its first screen shows (decision 0057).
 */
export const meetingSummarySchema = z.object({
  /** The meeting's id. */
  id: z.string().min(1),
  familyId: z.string().min(1),
  kind: meetingKindSchema,
  startsAt: z.string(),
  lengthMinutes: z.number().int(),
  status: meetingStatusSchema,
});
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;

/** A meeting as stored (older rows have no status: they are planned, as `meetingSchema` reads them). */
export function summariseMeeting(meeting: Pick<Meeting, 'id' | 'familyId' | 'kind' | 'startsAt' | 'lengthMinutes' | 'status'>): MeetingSummary {
  const { id, familyId, kind, startsAt, lengthMinutes, status } = meeting;
  return { id, familyId, kind, startsAt, lengthMinutes, status: status ?? 'planned' };
}
