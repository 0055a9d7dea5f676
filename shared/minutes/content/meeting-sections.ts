/** The opening sections: meeting details, who came, apologies and reports, and confidentiality. */
import { MEETING_KIND_LABELS } from '../../domain/meeting';
import type { Attendee } from '../../domain/meeting-record';
import type { MinutesVenue } from '../../domain/minutes';
import { knownAs } from '../../domain/person';
import { bold, type Inline, p, table, ul } from '../../documents/builders';
import type { BlockInput } from '../../documents/model';
import { clockWords, dayWords, endTimeWords, londonTime } from '../../time/london';
import { formatLongDate } from '../../rules/dates';
import { asideOf, withAside } from '../../words/asides';
import { andList } from '../../words/list';
import { roleMeaning } from '../plain-words';
import { fill } from '../wording';
import { type Ctx, type Draft, Plain, present } from './context';
import { venueWords } from './venue';

export function meetingDetails(ctx: Ctx, venue: MinutesVenue): Draft {
  const { input, w, words } = ctx;
  const { meeting } = input;
  const from = clockWords(londonTime(meeting.startsAt));
  const to = endTimeWords(meeting.startsAt, meeting.lengthMinutes);
  const date = dayWords(ctx.meetingDate);
  const place = venueWords(venue, w);
  const children = input.family.children.map((c) => {
    const name = knownAs(c);
    return c.dateOfBirth ? `${name} (born ${formatLongDate(c.dateOfBirth)})` : name;
  });
  const chair = [input.chair.name, input.chair.role].filter(present).join(', ');
  return {
    id: 'meeting-details',
    blocks: [
      ul(
        [bold(`${w.date}: `), date],
        [bold(`${w.time}: `), `${from} to ${to}`],
        [bold(`${w.place}: `), place],
        [bold(`${w.kind}: `), `${words.meetingLong} (${words.meetingShort}), ${MEETING_KIND_LABELS[meeting.kind].toLocaleLowerCase('en-GB')}`],
        [bold(`${w.chair}: `), chair],
        [bold(`${w.children}: `), andList(children)],
      ),
    ],
    familyBlocks: [
      p(fill(w.whenFamily, { date, from, to })),
      p(fill(w.whereFamily, { place })),
      p(fill(w.chairFamily, { chair: input.chair.name, lead: words.lead })),
    ],
  };
}

export const came = (a: Attendee) => a.attendance === 'attended';

export function attendance(ctx: Ctx): Draft {
  const { input, w } = ctx;
  const plain = new Plain(ctx.glossary);
  const here = input.record.attendees.filter(came);
  const chairListed = here.some((a) => a.name.trim() === input.chair.name.trim());
  const rows = [
    ...(chairListed ? [] : [{ name: input.chair.name, role: input.chair.role, agency: '', chair: true }]),
    ...here.map((a) => ({ name: a.name, role: a.role, agency: a.agency, chair: a.name.trim() === input.chair.name.trim() })),
  ];
  const professionalRole = (r: (typeof rows)[number]) => (r.chair ? fill(w.chairRole, { role: r.role, lead: ctx.words.lead }).replace(/^ \(/, '(') : r.role);
  const familyRole = (r: (typeof rows)[number]) => {
    const meaning = roleMeaning(r.role, ctx.glossary);
    const role = plain.text(r.role);
    const explained = meaning ? fill(ctx.wording.familyVersion.roleExplained, { role, meaning }) : role;
    return r.chair ? [explained, fill(w.chairFamilyRole, { name: r.name, lead: ctx.words.lead })].filter(present).join(' ') : explained;
  };
  const notRecorded = input.record.attendees.filter((a) => a.attendance === null).map((a) => a.name);
  const blocks: BlockInput[] = [table(w.attendanceCaption, [w.name, w.role, w.agency], rows.map((r) => [r.name, professionalRole(r), r.agency]), [3, 4, 3])];
  const familyBlocks: BlockInput[] = [table(w.attendanceFamilyCaption, [w.name, w.whatTheyDo, w.agency], rows.map((r) => [r.name, familyRole(r), r.agency]), [3, 5, 3])];
  if (notRecorded.length > 0) {
    blocks.push(p(fill(w.notRecordedAttendance, { names: andList(notRecorded) })));
    familyBlocks.push(p(fill(w.notRecordedAttendance, { names: andList(notRecorded) })));
  }
  return { id: 'attendance', blocks, familyBlocks };
}

export function apologies(ctx: Ctx): Draft {
  const { input, w } = ctx;
  const plain = new Plain(ctx.glossary);
  const people = (kind: Attendee['attendance']) => input.record.attendees.filter((a) => a.attendance === kind);
  const names = (list: Attendee[]) => andList(list.map((a) => withAside(a.name, a.role)));
  const familyList = (list: Attendee[]) => ul(...list.map((a) => (present(a.role) ? fill(w.personAndRole, { name: a.name, role: plain.text(a.role) }) : a.name)));
  const blocks: BlockInput[] = [];
  const familyBlocks: BlockInput[] = [];
  const groups: Array<[Attendee['attendance'], string, string]> = [
    ['apologies', w.apologies, w.apologiesFamily],
    ['written-report', w.writtenReports, w.writtenReportsFamily],
    ['did-not-attend', w.didNotAttend, w.didNotAttendFamily],
  ];
  for (const [kind, line, familyLine] of groups) {
    const list = people(kind);
    if (list.length === 0) continue;
    blocks.push(p(fill(line, { names: names(list) })));
    familyBlocks.push(p(familyLine), familyList(list));
  }
  if (blocks.length === 0) {
    blocks.push(p(w.nobodyAway));
    familyBlocks.push(p(w.nobodyAway));
  }
  return { id: 'apologies-and-reports', blocks, familyBlocks };
}

export function confidentiality(ctx: Ctx): Draft {
  const { input, w } = ctx;
  const plain = new Plain(ctx.glossary);
  const planned = input.plannedRecipients;
  const list = planned.map((r) => [bold(r.name), `${asideOf(r.name, r.role)}: ${r.basis}`] as Inline[]);
  const familyList = planned.map((r) => [bold(r.name), asideOf(r.name, plain.text(r.role))] as Inline[]);
  return {
    id: 'confidentiality',
    blocks: [
      p(w.confidentiality),
      p(w.familyFirst),
      ...(planned.length > 0 ? [p(w.willReceive), ul(...list)] : [p(w.nobodyElse)]),
      p(fill(w.consentSummary, { summary: input.consentSummary })),
    ],
    familyBlocks: [
      p(w.confidentialityFamily),
      p(w.familyFirstFamily),
      ...(planned.length > 0 ? [p(w.willReceiveFamily), ul(...familyList)] : [p(w.nobodyElseFamily)]),
      p(fill(w.consentSummaryFamily, { summary: input.consentSummary })),
    ],
  };
}
