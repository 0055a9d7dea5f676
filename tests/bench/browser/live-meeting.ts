/**
 * A large meeting in progress, seeded through the app's own repositories on the encrypted
 * database (so the live meeting screen reads it as it would read the chair's): a caseload family
 * with two children, ten people invited, the review agenda, twelve actions agreed so far and
 * several thousand characters of notes in several agenda items.
 */
import { defaultAgendaTemplates } from '../../../shared/domain/agenda-templates';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import { newId } from '../../../shared/domain/ids';
import type { MeetingInvitee } from '../../../shared/domain/meeting';
import { childVoiceSchema, type MeetingRecord } from '../../../shared/domain/meeting-record';
import { agendaFromTemplate } from '../../../shared/rules/agenda';
import type { TeamAroundDatabase } from '../../../renderer/data/db';
import { createRepositories } from '../../../renderer/data/repositories';
import { familyBundle, familyIdAt, type CaseloadSize } from '../caseload';
import { dayNumber, londonDateTime } from '../caseload/dates';
import { PRACTITIONERS, VENUES } from '../caseload/names';
import { randomFor, type Random } from '../caseload/random';
import { CASELOAD_TODAY } from '../caseload/size';
import { minutesNotes, prose, type TextPeople } from '../caseload/text';
import { agreedActions } from './meeting-actions';

export const LIVE_MEETING_PEOPLE = 10;
export const LIVE_MEETING_ACTIONS = 12;
/** How many agenda items get long notes, and how long each is at least. */
const NOTED_ITEMS = 4;
const NOTE_MIN_CHARS = 2_500;

export interface LiveMeeting {
  familyId: string;
  meetingId: string;
  /** The first agenda item, whose step the run page is opened on (its notes are typed into). */
  firstItemId: string;
  /** The first agenda item's notes as seeded: the field the typing row types into. */
  firstNotes: string;
  /** Characters of notes across the record (item notes, the family's views, the children's words). */
  noteChars: number;
  people: number;
  actions: number;
}

/** The first caseload family with exactly two children (the caseload is seeded, so always the same one). */
function twoChildFamilyId(seed: number, size: CaseloadSize): string {
  for (let i = 0; i < size.families; i++) {
    if (familyBundle(seed, i, size).family.children.length === 2) return familyIdAt(seed, i);
  }
  throw new Error('The caseload has no family with two children to run a large meeting for.');
}

function invitees(family: FamilyRecord): MeetingInvitee[] {
  const familyPeople: MeetingInvitee[] = [...family.carers, ...family.children].map((p) => ({ kind: 'family', id: p.id, name: p.name, role: '', agency: '', email: '' }));
  const practitioners = PRACTITIONERS.slice(0, LIVE_MEETING_PEOPLE - familyPeople.length).map(
    (p, i): MeetingInvitee => ({ kind: 'practitioner', id: `bench-practitioner-${i}`, name: p.replace(/ \(.*\)$/, ''), role: /\((.*)\)/.exec(p)?.[1] ?? '', agency: '', email: '' }),
  );
  return [...familyPeople, ...practitioners].slice(0, LIVE_MEETING_PEOPLE);
}

function longNotes(random: Random, people: TextPeople): string {
  let text = minutesNotes(random, people, NOTE_MIN_CHARS, NOTE_MIN_CHARS * 2);
  while (text.length < NOTE_MIN_CHARS) text += `\n\n${prose(random, people, 400, 800)}`;
  return text;
}

function filledRecord(record: MeetingRecord, childIds: readonly string[], random: Random, people: TextPeople): MeetingRecord {
  return {
    ...record,
    attendees: record.attendees.map((a) => ({ ...a, attendance: 'attended' })),
    itemNotes: record.itemNotes.map((n, i) => (i < NOTED_ITEMS ? { ...n, notes: longNotes(random, people) } : n)),
    familyViews: prose(random, people, 800, 1_500),
    childVoices: childIds.map((childId) => childVoiceSchema.parse({ childId, words: prose(random, people, 300, 700) })),
    goingWell: [1, 2, 3].map(() => ({ id: newId(), text: prose(random, people, 60, 200) })),
    worries: [1, 2, 3].map(() => ({ id: newId(), text: prose(random, people, 60, 200) })),
  };
}

function noteChars(record: MeetingRecord): number {
  return record.itemNotes.reduce((n, i) => n + i.notes.length, record.familyViews.length) + record.childVoices.reduce((n, v) => n + v.words.length, 0);
}

export async function seedLiveMeeting(db: TeamAroundDatabase, seed: number, size: CaseloadSize): Promise<LiveMeeting> {
  const repos = createRepositories(db);
  const familyId = twoChildFamilyId(seed, size);
  const family = await repos.families.get(familyId);
  if (!family) throw new Error(`Family ${familyId} is not in the app's database.`);
  const random = randomFor(seed, 'live-meeting');
  const people: TextPeople = { child: family.children[0]?.name ?? 'the child', carer: family.carers[0]?.name ?? 'the carer', practitioner: PRACTITIONERS[0] ?? 'the chair' };
  const agenda = agendaFromTemplate(defaultAgendaTemplates().review, { meetingKind: 'review', openActions: [], childAttends: true, newId });
  const meeting = await repos.meetings.create(familyId, {
    kind: 'review',
    startsAt: londonDateTime(dayNumber(CASELOAD_TODAY), 16 * 60),
    lengthMinutes: 90,
    venue: VENUES[0] ?? 'School',
    place: null,
    privacyNote: '',
    accessNote: '',
    childAttends: true,
    invitees: invitees(family),
    agenda,
  });
  const childIds = family.children.map((c) => c.id);
  const started = await repos.meetingRecords.start(meeting, { childIds });
  const saved = await repos.meetingRecords.save(filledRecord(started, childIds, random, people));
  const actions = agreedActions(
    {
      familyId,
      meetingId: meeting.id,
      count: LIVE_MEETING_ACTIONS,
      childFor: (i) => family.children[i % 2]?.id ?? null,
      ownerFor: (i) => PRACTITIONERS[i % PRACTITIONERS.length] ?? 'The chair',
    },
    random,
    people,
  );
  await repos.actions.saveMany(actions);
  return {
    familyId,
    meetingId: meeting.id,
    firstItemId: saved.itemNotes[0]?.itemId ?? '',
    firstNotes: saved.itemNotes[0]?.notes ?? '',
    noteChars: noteChars(saved),
    people: saved.attendees.length,
    actions: (await repos.actions.forMeeting(meeting.id)).length,
  };
}

/** The first agenda item's notes as stored now: proves the screen's autosave reached the encrypted database. */
export async function storedFirstNotes(db: TeamAroundDatabase, meetingId: string): Promise<string | null> {
  const record = await createRepositories(db).meetingRecords.get(meetingId);
  return record?.itemNotes[0]?.notes ?? null;
}
