/**
 * Small, pure changes to a meeting record, for the live meeting screen: attendance, someone who
 * joined on the day, the three lists, scaling and the outcome. Each returns a new record.
 */
import {
  attendeeSchema,
  scalingAnswerSchema,
  type Attendance,
  type Attendee,
  type AttendeeKind,
  type ListEntry,
  type MeetingOutcome,
  type MeetingRecord,
  type ScalingAnswer,
} from '../../domain/meeting-record';

// ---------------------------------------------------------------- attendance

export function setAttendance(record: MeetingRecord, attendeeId: string, attendance: Attendance): MeetingRecord {
  return { ...record, attendees: record.attendees.map((a) => (a.id === attendeeId ? { ...a, attendance } : a)) };
}

export interface JoinedPerson {
  name: string;
  role: string;
  agency: string;
  kind: AttendeeKind;
}

export type JoinCheck = { ok: true; person: JoinedPerson } | { ok: false; field: 'name' | 'role'; message: string };

/** Checks the "someone joined on the day" form: a name is needed, and a role so the family knows who they are. */
export function checkJoinedPerson(person: JoinedPerson): JoinCheck {
  const name = person.name.trim();
  const role = person.role.trim();
  if (name === '') return { ok: false, field: 'name', message: 'Enter the name of the person who joined' };
  if (name.length > 300) return { ok: false, field: 'name', message: 'The name must be 300 characters or fewer' };
  if (role === '' && person.kind !== 'child') return { ok: false, field: 'role', message: `Say who ${name} is, in plain words, for example “Aunt” or “Youth worker”` };
  if (role.length > 300) return { ok: false, field: 'role', message: 'The role must be 300 characters or fewer' };
  return { ok: true, person: { ...person, name, role, agency: person.agency.trim().slice(0, 300) } };
}

/** Adds someone who was not invited but joined on the day, marked as having come. */
export function addJoinedOnTheDay(record: MeetingRecord, id: string, person: JoinedPerson): MeetingRecord {
  const attendee: Attendee = attendeeSchema.parse({ ...person, id, attendance: 'attended', joinedOnTheDay: true });
  return { ...record, attendees: [...record.attendees, attendee] };
}

/** Takes off someone added on the day by mistake. Invited people stay on the list: record that they did not come instead. */
export function removeJoinedOnTheDay(record: MeetingRecord, attendeeId: string): MeetingRecord {
  return { ...record, attendees: record.attendees.filter((a) => !(a.id === attendeeId && a.joinedOnTheDay)) };
}

// ---------------------------------------------------------------- the three lists

export const LIST_NAMES = ['goingWell', 'worries', 'needsToHappen'] as const;
export type ListName = (typeof LIST_NAMES)[number];

/** Adds an empty entry, after `afterId` when given (pressing Enter in an entry), otherwise at the end. */
export function addListEntry(record: MeetingRecord, list: ListName, id: string, afterId?: string): MeetingRecord {
  const entries = [...record[list]];
  const at = afterId === undefined ? -1 : entries.findIndex((e) => e.id === afterId);
  entries.splice(at < 0 ? entries.length : at + 1, 0, { id, text: '' });
  return { ...record, [list]: entries };
}

export function setListEntry(record: MeetingRecord, list: ListName, id: string, text: string): MeetingRecord {
  return { ...record, [list]: record[list].map((e) => (e.id === id ? { ...e, text } : e)) };
}

export function removeListEntry(record: MeetingRecord, list: ListName, id: string): MeetingRecord {
  return { ...record, [list]: record[list].filter((e) => e.id !== id) };
}

/**
 * Puts a removed entry back (undo): same id and text, at the place it had, or at the end when the
 * list has since become shorter. An entry already there is left alone, so a second undo adds nothing.
 */
export function restoreListEntry(record: MeetingRecord, list: ListName, entry: ListEntry, index: number): MeetingRecord {
  if (record[list].some((e) => e.id === entry.id)) return record;
  const entries = [...record[list]];
  entries.splice(Math.max(0, Math.min(index, entries.length)), 0, entry);
  return { ...record, [list]: entries };
}

// ---------------------------------------------------------------- scaling

/** People who came and have no scaling answer yet get one each, in attendance order. */
export function addScalingForEveryoneWhoCame(record: MeetingRecord, newId: () => string): MeetingRecord {
  const answered = new Set(record.scaling.map((s) => s.attendeeId));
  const added = record.attendees
    .filter((a) => a.attendance === 'attended' && !answered.has(a.id))
    .map((a) => scalingAnswerSchema.parse({ id: newId(), attendeeId: a.id, name: a.name }));
  return added.length === 0 ? record : { ...record, scaling: [...record.scaling, ...added] };
}

/** One more answer, for someone chosen or typed in later. */
export function addScalingAnswer(record: MeetingRecord, id: string): MeetingRecord {
  return { ...record, scaling: [...record.scaling, scalingAnswerSchema.parse({ id })] };
}

export function changeScalingAnswer(record: MeetingRecord, id: string, change: Partial<Omit<ScalingAnswer, 'id'>>): MeetingRecord {
  return { ...record, scaling: record.scaling.map((s) => (s.id === id ? { ...s, ...change } : s)) };
}

export function removeScalingAnswer(record: MeetingRecord, id: string): MeetingRecord {
  return { ...record, scaling: record.scaling.filter((s) => s.id !== id) };
}

/** Whose answer it is, as shown: the attendee's name when linked, or the name typed in. */
export function scalingName(record: Pick<MeetingRecord, 'attendees'>, answer: ScalingAnswer): string {
  const attendee = answer.attendeeId === null ? undefined : record.attendees.find((a) => a.id === answer.attendeeId);
  return (attendee?.name ?? answer.name).trim();
}

// ---------------------------------------------------------------- outcome

export function changeOutcome(record: MeetingRecord, change: Partial<MeetingOutcome>): MeetingRecord {
  return { ...record, outcome: { ...record.outcome, ...change } };
}
