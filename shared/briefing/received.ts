/**
 * A briefing the chair has brought into a meeting: the file exactly as it was read (checksum
 * and all, so it can be checked again at any time), which meeting and family it belongs to, and
 * which agenda item it is shown beside. Its id is the briefing's own id from the file, so the same
 * briefing cannot be stored twice.
 *
 * Also: whether a file belongs to this meeting and child (checkRelation), what to do when it is
 * already here (compareWithStored), the agenda item it goes beside by default, and the
 * ReceivedReport the meeting screen, the meeting pack and the minutes read.
 */
import { z } from 'zod';
import type { Agenda } from '../domain/agenda';
import { idSchema } from '../domain/family';
import { ofFamilyMeeting } from '../domain/family-meeting';
import type { ReceivedReport } from '../domain/received-report';
import { formatLongDate, todayInLondon } from '../rules/dates';
import { attendanceWords, PERSISTENT_ABSENCE_WORDS, summariseAttendance } from '../rules/school-attendance';
import { briefingChecksum, briefingFileSchema, type BriefingFile, type TermFigures } from './file-format';
import { ATTENDANCE_HEADING, PROGRESS_LEVEL_LABELS, SECTION_KEYS, sectionWords } from './sections';

export const briefingRowSchema = z
  .object({
    /** The briefing's own id (briefing.briefingId). */
    id: idSchema,
    ...ofFamilyMeeting,
    /** The agenda item it is shown beside; null shows it beside the first item. */
    agendaItemId: idSchema.nullable(),
    /** ISO instant it was brought in (or last replaced). */
    receivedAt: z.string(),
    /** The name of the file it came from, as the chair chose it. */
    fileName: z.string().max(300),
    briefing: briefingFileSchema,
  })
  .refine((row) => row.id === row.briefing.briefingId && row.meetingId === row.briefing.request.meetingId, 'The row does not match its briefing');
export type BriefingRow = z.infer<typeof briefingRowSchema>;

/** A stored row that matches its schema and whose briefing still matches its checksum (the backup check uses this). */
export function isBriefingRow(row: unknown): boolean {
  const parsed = briefingRowSchema.safeParse(row);
  return parsed.success && briefingChecksum(parsed.data.briefing) === parsed.data.briefing.checksum.value;
}

// ---------------------------------------------------------------- does it belong here?

export type RelationProblem = 'unknown-meeting' | 'other-meeting' | 'unknown-child';

export interface RelationFacts {
  /** The meeting whose Briefings page the chair is on. */
  meetingId: string;
  /** The meeting the file names, when it is on this computer; `label` says which it is ("Review meeting on 3 December 2026"). */
  namedMeeting: { id: string; label: string } | null;
  /** The children in this meeting's family. */
  children: ReadonlyArray<{ id: string }>;
}

export type RelationCheck = { ok: true } | { ok: false; problem: RelationProblem; message: string };

const NOTHING = 'Nothing was brought in.';

export function checkRelation(file: BriefingFile, facts: RelationFacts): RelationCheck {
  const { meetingId } = file.request;
  if (facts.namedMeeting === null || facts.namedMeeting.id !== meetingId) {
    return {
      ok: false,
      problem: 'unknown-meeting',
      message: `This briefing was asked for a meeting that is not in Team Around on this computer, so it is not for this meeting. ${NOTHING} Check that it was meant for you.`,
    };
  }
  if (meetingId !== facts.meetingId) {
    return {
      ok: false,
      problem: 'other-meeting',
      message: `This briefing is for a different meeting: the ${facts.namedMeeting.label}. ${NOTHING} Bring it in from that meeting’s Briefings page.`,
    };
  }
  if (!facts.children.some((c) => c.id === file.request.childId)) {
    return { ok: false, problem: 'unknown-child', message: `This briefing is about a child who is not in this family’s record. ${NOTHING}` };
  }
  return { ok: true };
}

// ---------------------------------------------------------------- already here?

export type AlreadyHere = { state: 'new' } | { state: 'same'; receivedAt: string } | { state: 'changed'; receivedAt: string };

/** Whether this briefing is already stored, unchanged or changed since. */
export function compareWithStored(file: BriefingFile, stored: BriefingRow | undefined): AlreadyHere {
  if (!stored) return { state: 'new' };
  return stored.briefing.checksum.value === file.checksum.value ? { state: 'same', receivedAt: stored.receivedAt } : { state: 'changed', receivedAt: stored.receivedAt };
}

/** "23 November 2026": the day (in England) an ISO instant falls on. */
export function receivedOnWords(receivedAt: string): string {
  const ms = Date.parse(receivedAt);
  return Number.isNaN(ms) ? 'an earlier day' : formatLongDate(todayInLondon(new Date(ms)));
}

export function alreadyHereMessage(receivedAt: string): string {
  return `This briefing is already here: it was brought in on ${receivedOnWords(receivedAt)}. Nothing was changed.`;
}

// ---------------------------------------------------------------- which agenda item

const BESIDE = [/\bupdates?\b/i, /what has happened/i, /\breports?\b/i, /each service/i, /looking back/i];

/** The item a report is shown beside unless the chair chooses: the first "updates" item, else the first item. */
export function defaultAgendaItemId(agenda: Pick<Agenda, 'items'> | null): string | null {
  if (!agenda || agenda.items.length === 0) return null;
  for (const pattern of BESIDE) {
    const match = agenda.items.find((item) => pattern.test(item.title));
    if (match) return match.id;
  }
  return agenda.items[0]?.id ?? null;
}

/** The item a report shows beside now: its own if that item is still on the agenda, otherwise the first. */
export function itemShownBeside(agendaItemId: string | null, agenda: Pick<Agenda, 'items'> | null): string | null {
  const items = agenda?.items ?? [];
  if (agendaItemId !== null && items.some((i) => i.id === agendaItemId)) return agendaItemId;
  return items[0]?.id ?? null;
}

// ---------------------------------------------------------------- as the meeting reads it

function termLine(figures: TermFigures): { text: string; persistent: boolean } {
  const summary = summariseAttendance({ possible: figures.sessionsPossible, attended: figures.sessionsAttended, late: figures.lateSessions });
  return { text: `${figures.term}: ${attendanceWords(summary)}`, persistent: summary.persistentAbsence };
}

/**
 * The attendance in words, this term first, each term saying whether it is persistent absence;
 * then, when one is, what that means. Null when there are no figures.
 */
export function attendanceText(attendance: BriefingFile['content']['attendance']): string | null {
  if (!attendance) return null;
  const lines = [attendance.thisTerm, attendance.lastTerm].flatMap((t) => (t ? [termLine(t)] : []));
  if (lines.length === 0) return null;
  const text = lines.map((l) => l.text).join('\n');
  return lines.some((l) => l.persistent) ? `${text}\n${PERSISTENT_ABSENCE_WORDS}` : text;
}

export type ReportSection = ReceivedReport['sections'][number];

/** What the briefing says, section by section, in the author's order; empty sections are left out. */
export function briefingSections(file: Pick<BriefingFile, 'kind' | 'content'>): ReportSection[] {
  const { kind, content } = file;
  const out: ReportSection[] = [];
  const attendance = attendanceText(content.attendance);
  if (attendance) out.push({ heading: ATTENDANCE_HEADING, text: attendance });
  for (const key of SECTION_KEYS) {
    let text = content[key];
    if (key === 'progress' && content.progressLevel) text = [PROGRESS_LEVEL_LABELS[content.progressLevel], text].filter((t) => t !== '').join('. ');
    if (text === '') continue;
    if (key === 'childsWordsHow' && content.childsWords === '') continue;
    out.push({ heading: sectionWords(kind, key).heading, text, ...(key === 'childsWords' ? { childsOwnWords: true } : {}), ...(key === 'childsWordsHow' ? { howChildSaidIt: true } : {}) });
  }
  return out;
}

/** The stored briefing as the meeting screen, the meeting pack and the minutes read it. */
export function toReceivedReport(row: BriefingRow): ReceivedReport {
  const { briefing } = row;
  return {
    id: row.id,
    meetingId: row.meetingId,
    childId: briefing.request.childId,
    agendaItemId: row.agendaItemId,
    kind: briefing.kind,
    author: {
      name: briefing.author.name,
      role: briefing.author.role,
      agency: briefing.author.agency,
      practitionerId: briefing.author.practitionerId ?? null,
    },
    writtenOn: briefing.writtenOn,
    receivedAt: row.receivedAt,
    sections: briefingSections(briefing),
  };
}
