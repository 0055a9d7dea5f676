/**
 * The four kinds of meeting. Kept apart from meeting.ts so the agenda (agenda.ts), which a meeting
 * holds, can name a meeting kind without importing the meeting itself.
 */
import { z } from 'zod';

export const meetingKindSchema = z.enum(['pre-meeting', 'first', 'review', 'closing']);
export type MeetingKind = z.infer<typeof meetingKindSchema>;

export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  'pre-meeting': 'Pre-meeting with the family',
  first: 'First meeting',
  review: 'Review meeting',
  closing: 'Closing meeting',
};
