/**
 * The record of a meeting starts from the meeting as planned: everyone invited is on the
 * attendance list (nothing recorded yet), and there is one set of notes per agenda item, in the
 * agenda's order. When the meeting changes after the record was started (an item added, someone
 * else invited), `alignRecord` brings the record up to date without dropping anything typed.
 */
import type { MeetingInvitee, PlannedMeeting } from '../../domain/meeting';
import { attendeeSchema, itemNoteSchema, meetingRecordSchema, type Attendee, type ItemNote, type MeetingRecord } from '../../domain/meeting-record';

/** What the record needs to know about the family: which of its people are children. */
export interface FamilyPeopleIds {
  childIds: readonly string[];
}

export function attendeeFromInvitee(invitee: MeetingInvitee, people: FamilyPeopleIds): Attendee {
  const isChild = invitee.kind === 'family' && people.childIds.includes(invitee.id);
  return attendeeSchema.parse({
    id: invitee.id,
    kind: invitee.kind === 'practitioner' ? 'practitioner' : isChild ? 'child' : 'family',
    name: invitee.name,
    role: invitee.role,
    agency: invitee.agency,
  });
}

/** Family first, then the child or young person, then practitioners: the order introductions go round the room. */
function inviteeOrder(invitees: readonly MeetingInvitee[], people: FamilyPeopleIds): Attendee[] {
  const all = invitees.map((i) => attendeeFromInvitee(i, people));
  return [...all.filter((a) => a.kind === 'family'), ...all.filter((a) => a.kind === 'child'), ...all.filter((a) => a.kind !== 'family' && a.kind !== 'child')];
}

function emptyNote(itemId: string): ItemNote {
  return itemNoteSchema.parse({ itemId });
}

/** A new, empty record for a meeting; `at` is the ISO instant it was started. */
export function newMeetingRecord(meeting: Pick<PlannedMeeting, 'id' | 'familyId' | 'invitees' | 'agenda'>, people: FamilyPeopleIds, at: string): MeetingRecord {
  return meetingRecordSchema.parse({
    id: meeting.id,
    familyId: meeting.familyId,
    attendees: inviteeOrder(meeting.invitees, people),
    itemNotes: (meeting.agenda?.items ?? []).map((item) => emptyNote(item.id)),
    startedAt: at,
    updatedAt: at,
  });
}

/**
 * The record with anyone newly invited added to attendance and every agenda item's notes in the
 * agenda's order. Notes for an item since taken off the agenda are kept, after the rest, so
 * nothing typed is lost. Returns the same object when nothing needed to change.
 */
export function alignRecord(record: MeetingRecord, meeting: Pick<PlannedMeeting, 'invitees' | 'agenda'>, people: FamilyPeopleIds): MeetingRecord {
  const known = new Set(record.attendees.map((a) => a.id));
  const added = inviteeOrder(
    meeting.invitees.filter((i) => !known.has(i.id)),
    people,
  );
  const items = meeting.agenda?.items ?? [];
  const notes = new Map(record.itemNotes.map((n) => [n.itemId, n]));
  const onAgenda = new Set(items.map((i) => i.id));
  const itemNotes = [...items.map((item) => notes.get(item.id) ?? emptyNote(item.id)), ...record.itemNotes.filter((n) => !onAgenda.has(n.itemId))];
  const sameNotes = itemNotes.length === record.itemNotes.length && itemNotes.every((n, i) => n === record.itemNotes[i]);
  if (added.length === 0 && sameNotes) return record;
  return { ...record, attendees: [...record.attendees, ...added], itemNotes };
}
