/**
 * Documents made before the meeting, from the same pipeline: the agenda, and the meeting pack
 * (the agenda and the written reports sent in). Each copy is for one recipient: the family record
 * is redacted for them (`redactFor`) and the reports have their withheld details replaced before
 * the document is built, then the finished document is checked once more.
 */
import { bold, documentOf, h1, h2, p, table, ul, type Inline } from '../documents/builders';
import { assertNothingWithheld, WithheldDetailError } from '../documents/invitation/leak-guard';
import { venueFor, venueLine } from '../documents/invitation/venue';
import { clockWords, dayWords, endTimeWords, londonTime } from '../time/london';
import type { BlockInput, TeamDocument } from '../documents/model';
import { areaWords, type AreaSettings } from '../domain/area-settings';
import { documentMarkings } from '../domain/document-markings';
import type { FamilyRecord } from '../domain/family-record';
import { inviteesFamilyFirst, MEETING_KIND_LABELS, type PlannedMeeting } from '../domain/meeting';
import { knownAs } from '../domain/person';
import type { ReceivedReport } from '../domain/received-report';
import { redactFor } from '../rules/redaction';
import { reportBlocks } from './content';
import { WithheldInCopyError } from './export';
import { redactValueFor } from './recipients';
import type { MinutesChair } from './types';
import { defaultMinutesWording, fill, type MinutesWording } from './wording';

export interface MeetingDocumentInput {
  family: FamilyRecord;
  meeting: PlannedMeeting;
  area: AreaSettings;
  chair: MinutesChair;
  /** Reports sent in for the meeting (the meeting pack prints them). */
  reports?: readonly ReceivedReport[];
  /** Who the copy is for (person or directory id), or null for the chair's own copy. */
  recipient: { id: string; name: string } | null;
}

export interface MeetingDocumentOptions {
  draft?: boolean;
  createdAt?: string;
  wording?: MinutesWording;
}

function meetingName(input: MeetingDocumentInput): string {
  return `${areaWords(input.area).meetingLong} ${MEETING_KIND_LABELS[input.meeting.kind].toLocaleLowerCase('en-GB')}`;
}

function place(input: MeetingDocumentInput, redacted: FamilyRecord): string {
  const m = input.meeting;
  if (m.place?.kind === 'home') return venueLine(venueFor({ kind: 'home', householdId: m.place.householdId }, redacted, input.family));
  if (m.place?.kind === 'place') return [m.place.name, m.place.address].filter((s) => s.trim() !== '').join(', ');
  return m.venue;
}

function agendaBlocks(input: MeetingDocumentInput, redacted: FamilyRecord, wording: MinutesWording): BlockInput[] {
  const a = wording.agenda;
  const { meeting } = input;
  const start = londonTime(meeting.startsAt);
  const blocks: BlockInput[] = [
    p(bold(`${dayWords(start.toPlainDate().toString())}, ${clockWords(start)} to ${endTimeWords(meeting.startsAt, meeting.lengthMinutes)}`)),
    p(place(input, redacted)),
  ];
  const children = redacted.children.map(knownAs);
  if (children.length > 0) blocks.push(p(`${wording.minutes.children}: ${children.join(', ')}`));
  const items = meeting.agenda?.items ?? [];
  let at = start;
  const rows = items.map((item): Inline[] => {
    const row: Inline[] = [item.childAttends ? `${item.title} ${a.childThere}` : item.title, item.description, clockWords(at)];
    at = at.add({ minutes: item.minutes });
    return row;
  });
  if (rows.length > 0) blocks.push(table(a.caption, [a.item, a.about, a.starts], rows, [4, 6, 2]));
  return blocks;
}

function guard(input: MeetingDocumentInput, doc: TeamDocument): TeamDocument {
  if (input.recipient === null) return doc;
  try {
    assertNothingWithheld(input.recipient.id, input.family, doc);
  } catch (error) {
    if (error instanceof WithheldDetailError) throw new WithheldInCopyError(input.recipient.name);
    throw error;
  }
  return doc;
}

function metadataFor(input: MeetingDocumentInput, title: string, kind: 'agenda' | 'other', options: MeetingDocumentOptions) {
  return {
    title,
    author: input.chair.name,
    subject: `${meetingName(input)}, ${dayWords(londonTime(input.meeting.startsAt).toPlainDate().toString())}`,
    kind,
    ...documentMarkings(input.area, input.family),
    draft: options.draft ?? false,
    ...(options.createdAt ? { createdAt: options.createdAt } : {}),
  };
}

export function agendaDocument(input: MeetingDocumentInput, options: MeetingDocumentOptions = {}): TeamDocument {
  const wording = options.wording ?? defaultMinutesWording;
  const redacted = input.recipient ? redactFor(input.recipient.id, input.family) : input.family;
  const title = fill(wording.agenda.title, { meeting: meetingName(input) });
  const recipientLine = input.recipient ? [p(bold(fill(wording.minutes.copyFor, { name: input.recipient.name })))] : [];
  return guard(input, documentOf(metadataFor(input, title, 'agenda', options), [h1(title), ...recipientLine, ...agendaBlocks(input, redacted, wording)]));
}

/** "Ștefan Rădulescu, School nurse, Kirkby Community Health" */
function inviteeLine(invitee: PlannedMeeting['invitees'][number]): string {
  return [invitee.name, invitee.role, invitee.agency].map((s) => s.trim()).filter((s) => s !== '').join(', ');
}

/**
 * The meeting pack, made before the meeting from the meeting page: the agenda, who is coming and
 * their roles, and the reports sent in. It is not minutes, so it never carries the minutes' DRAFT.
 */
export function meetingPackDocument(input: MeetingDocumentInput, options: MeetingDocumentOptions = {}): TeamDocument {
  const wording = options.wording ?? defaultMinutesWording;
  const m = wording.meetingPack;
  const redacted = input.recipient ? redactFor(input.recipient.id, input.family) : input.family;
  const reports = input.recipient ? redactValueFor(input.reports ?? [], input.family, input.recipient.id, wording.minutes.withheld) : (input.reports ?? []);
  const childName = (id: string) => {
    const child = redacted.children.find((c) => c.id === id);
    return child ? knownAs(child) : null;
  };
  const title = fill(m.title, { meeting: meetingName(input) });
  const date = dayWords(londonTime(input.meeting.startsAt).toPlainDate().toString());
  const blocks: BlockInput[] = [
    h1(title),
    ...(input.recipient ? [p(bold(fill(wording.minutes.copyFor, { name: input.recipient.name })))] : []),
    p(fill(m.intro, { date })),
    h2(fill(wording.agenda.title, { meeting: meetingName(input) })),
    ...agendaBlocks(input, redacted, wording),
    h2(m.whoHeading),
    ...(input.meeting.invitees.length > 0 ? [ul(...inviteesFamilyFirst(input.meeting.invitees).map(inviteeLine))] : [p(m.nobodyInvited)]),
    h2(m.reportsHeading),
    ...(reports.length > 0 ? reportBlocks(reports, wording.minutes, childName, null) : [p(m.noReports)]),
  ];
  return guard(input, documentOf(metadataFor(input, title, 'other', { ...options, draft: false }), blocks));
}
