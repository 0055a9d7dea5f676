/**
 * A Team Around the Child/Family meeting as the chair plans it: kind, when, where (with notes on
 * privacy and access), who is invited, the agenda, and every change with who has been told.
 *
 * Backwards compatible: meetings stored before planning existed have only id, familyId, kind,
 * startsAt, lengthMinutes, venue (a line of text), notes, createdAt and updatedAt. Every newer
 * field has a default, so `meetingSchema.parse(oldRow)` gives a whole meeting.
 */
import { z } from 'zod';
import { vocabulary } from './vocabulary';
import { agendaSchema } from './agenda';
import { idSchema } from './family';
import { meetingKindSchema } from './meeting-kind';
import { childComingSchema } from './child-coming';

export { MEETING_KIND_LABELS, meetingKindSchema, type MeetingKind } from './meeting-kind';

/** Where the meeting is: a named place, or one of the family's homes (named by household, never by address). */
export const meetingPlaceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('place'), name: z.string().max(200), address: z.string().max(500) }),
  z.object({ kind: z.literal('home'), householdId: idSchema }),
]);
export type MeetingPlace = z.infer<typeof meetingPlaceSchema>;

export const inviteeKindSchema = z.enum(['family', 'practitioner']);
export type InviteeKind = z.infer<typeof inviteeKindSchema>;

/** Someone invited: a family member (by person id) or a practitioner (by directory id, details copied). */
export const meetingInviteeSchema = z.object({
  kind: inviteeKindSchema,
  /** The family member's person id, or the practitioner's directory id. */
  id: idSchema,
  name: z.string().max(300),
  /** In plain words, e.g. "Mum", "School nurse". */
  role: z.string().max(300).default(''),
  agency: z.string().max(300).default(''),
  email: z.string().max(320).default(''),
});
export type MeetingInvitee = z.infer<typeof meetingInviteeSchema>;

export const { values: TOLD_HOW, schema: toldHowSchema, labels: TOLD_HOW_LABELS } = vocabulary({
  phone: 'Phone',
  text: 'Text message',
  letter: 'Letter',
  'in-person': 'In person',
  email: 'Email',
});
export type ToldHow = z.infer<typeof toldHowSchema>;

export const toldSchema = z.object({
  inviteeId: idSchema,
  /** The person's name when the change was made: someone no longer invited is still named. */
  name: z.string().max(300).optional(),
  toldAt: z.string().nullable(),
  how: toldHowSchema.nullable(),
});
export type Told = z.infer<typeof toldSchema>;

/** One change to the date, time, place or status, and who has been told about it: the family first. */
export const meetingChangeSchema = z.object({
  id: idSchema,
  at: z.string(),
  /** In plain words, e.g. "The time changed from 4pm to 5pm". */
  what: z.string().max(1000),
  told: z.array(toldSchema).max(60),
});
export type MeetingChange = z.infer<typeof meetingChangeSchema>;

export const meetingStatusSchema = z.enum(['planned', 'cancelled']);
export type MeetingStatus = z.infer<typeof meetingStatusSchema>;

export const meetingSchema = z.object({
  id: idSchema,
  familyId: idSchema,
  kind: meetingKindSchema,
  /** ISO instant with offset, e.g. 2026-11-23T16:00:00+00:00[Europe/London]. */
  startsAt: z.string(),
  lengthMinutes: z.number().int().min(15).max(480),
  /** One line naming the place, kept for older meetings and lists; `place` has the details. */
  venue: z.string().max(500),
  notes: z.string().max(1_000_000),
  createdAt: z.string(),
  updatedAt: z.string(),
  place: meetingPlaceSchema.nullable().default(null),
  privacyNote: z.string().max(1000).default(''),
  accessNote: z.string().max(1000).default(''),
  /** Whether the child or young person comes at all; the agenda says for which items. */
  childAttends: z.boolean().default(false),
  /**
   * Child by child: not coming, the whole meeting, or only some agenda items. Null on meetings
   * planned before it was asked: they read as `childAttends` and the agenda's ticks say.
   */
  childrenComing: z.array(childComingSchema).max(30).nullable().default(null),
  invitees: z.array(meetingInviteeSchema).max(40).default(() => []),
  agenda: agendaSchema.nullable().default(null),
  status: meetingStatusSchema.default('planned'),
  /** Why the meeting was cancelled, in the chair's words (told to everyone with the cancellation). */
  cancelReason: z.string().max(1000).default(''),
  /** The calendar SEQUENCE: one more each time the date, time, place or status changes. */
  sequence: z.number().int().min(0).default(0),
  changes: z.array(meetingChangeSchema).max(200).default(() => []),
});
/** A meeting as stored: rows written before planning existed lack the newer fields. */
export type Meeting = z.input<typeof meetingSchema>;
/** A meeting with every field, as `meetingSchema` reads it. */
export type PlannedMeeting = z.output<typeof meetingSchema>;

/** Reads a stored row, old or new; null when it is not a meeting. */
export function readMeeting(row: unknown): PlannedMeeting | null {
  const parsed = meetingSchema.safeParse(row);
  return parsed.success ? parsed.data : null;
}

// ---------------------------------------------------------------- changes

/** The people to tell, family members first, each in the order they were invited. */
export function inviteesFamilyFirst(invitees: readonly MeetingInvitee[]): MeetingInvitee[] {
  return [...invitees.filter((i) => i.kind === 'family'), ...invitees.filter((i) => i.kind !== 'family')];
}

/**
 * A change entry with nobody told yet, the family first. `alsoTell` are people the change concerns
 * who are no longer invited (someone taken off the meeting is told so).
 */
export function newChange(id: string, at: string, what: string, invitees: readonly MeetingInvitee[], alsoTell: readonly MeetingInvitee[] = []): MeetingChange {
  return { id, at, what, told: inviteesFamilyFirst([...invitees, ...alsoTell]).map((i) => ({ inviteeId: i.id, name: i.name, toldAt: null, how: null })) };
}

export type MeetingEdit = Pick<PlannedMeeting, 'startsAt' | 'lengthMinutes' | 'venue' | 'place' | 'status'> &
  Partial<Pick<PlannedMeeting, 'invitees' | 'cancelReason'>>;

/** Who was added to the meeting and who was taken off it, between two versions. */
export function inviteeChanges(before: readonly MeetingInvitee[], after: readonly MeetingInvitee[]): { added: MeetingInvitee[]; removed: MeetingInvitee[] } {
  const had = new Set(before.map((i) => i.id));
  const has = new Set(after.map((i) => i.id));
  return { added: after.filter((i) => !had.has(i.id)), removed: before.filter((i) => !has.has(i.id)) };
}

const who = (i: MeetingInvitee) => (i.kind === 'family' ? i.name : [i.name, i.role, i.agency].filter((x) => x.trim() !== '').join(', '));

/**
 * What changed that invitees must hear about (date or time, length, place, cancelled), in plain
 * words; empty when nothing they need to know about changed. `describeTime` turns a start into words.
 */
export function describeChanges(before: MeetingEdit, after: MeetingEdit, describeTime: (startsAt: string) => string): string[] {
  const out: string[] = [];
  if (before.status !== after.status) {
    const reason = after.cancelReason?.trim().replace(/[.!?]+$/, '') ?? '';
    out.push(after.status === 'cancelled' ? (reason ? `The meeting was cancelled. The reason: ${reason}` : 'The meeting was cancelled') : 'The meeting is back on');
  }
  if (Date.parse(stripZone(before.startsAt)) !== Date.parse(stripZone(after.startsAt))) {
    out.push(`The date or time changed from ${describeTime(before.startsAt)} to ${describeTime(after.startsAt)}`);
  }
  if (before.lengthMinutes !== after.lengthMinutes) out.push(`The length changed from ${before.lengthMinutes} to ${after.lengthMinutes} minutes`);
  if (before.venue !== after.venue || JSON.stringify(before.place) !== JSON.stringify(after.place)) {
    out.push(`The place changed from ${before.venue || 'not set'} to ${after.venue || 'not set'}`);
  }
  const { added, removed } = inviteeChanges(before.invitees ?? [], after.invitees ?? before.invitees ?? []);
  for (const i of added) out.push(`${who(i)} is now invited`);
  for (const i of removed) out.push(`${who(i)} is no longer invited`);
  return out;
}

/** "2026-12-03T16:00:00+00:00[Europe/London]" → "2026-12-03T16:00:00+00:00", which Date.parse reads. */
export function stripZone(startsAt: string): string {
  const at = startsAt.indexOf('[');
  return at < 0 ? startsAt : startsAt.slice(0, at);
}

/** Marks one invitee told on one change; anything unknown leaves the meeting as it was. */
export function markToldIn(meeting: PlannedMeeting, changeId: string, inviteeId: string, how: ToldHow, at: string): PlannedMeeting {
  return {
    ...meeting,
    changes: meeting.changes.map((c) =>
      c.id !== changeId ? c : { ...c, told: c.told.map((t) => (t.inviteeId === inviteeId ? { ...t, toldAt: at, how } : t)) },
    ),
  };
}

/** True while some family member has not been told about a change: the meeting shows a reminder. */
export function familyNotYetTold(meeting: Pick<PlannedMeeting, 'changes' | 'invitees'>): boolean {
  const family = new Set(meeting.invitees.filter((i) => i.kind === 'family').map((i) => i.id));
  return meeting.changes.some((c) => c.told.some((t) => family.has(t.inviteeId) && t.toldAt === null));
}

/**
 * The reminder to tell the family about a change, while it can still matter: never once the
 * meeting has started, so a meeting that has happened shows no stale notice.
 */
export function familyStillToBeTold(meeting: Pick<PlannedMeeting, 'changes' | 'invitees' | 'startsAt'>, now: Date): boolean {
  return Date.parse(stripZone(meeting.startsAt)) > now.getTime() && familyNotYetTold(meeting);
}
