import { z } from 'zod';
import { idSchema } from './family';

export const meetingKindSchema = z.enum(['pre-meeting', 'first', 'review', 'closing']);
export type MeetingKind = z.infer<typeof meetingKindSchema>;

export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  'pre-meeting': 'Pre-meeting with the family',
  first: 'First meeting',
  review: 'Review meeting',
  closing: 'Closing meeting',
};

/** A meeting's bookkeeping; planning and capture add their own fields. */
export const meetingSchema = z.object({
  id: idSchema,
  familyId: idSchema,
  kind: meetingKindSchema,
  /** ISO instant with offset, e.g. 2026-11-23T16:00:00+00:00[Europe/London]. */
  startsAt: z.string(),
  lengthMinutes: z.number().int().min(15).max(480),
  venue: z.string().max(500),
  notes: z.string().max(1_000_000),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Meeting = z.infer<typeof meetingSchema>;
