import { minutesToClock } from '../clock';
import { partReason } from '../child-items';
import { andList } from '../../words/list';
import type { FamilyPreferences } from '../../domain/timetable';
import { clashFor, type PlannedDay, type PreparedInvitee } from './busy-days';
import type { Candidate } from './scan';
import type { Search } from './search';
import type { BusyInterval, CannotCome } from './types';
import { aroundWords, becauseWords } from './words';

/** How close (in minutes) a commitment must be to a slot to be worth mentioning. */
const NEARBY = 120;

export interface SlotAccount {
  canCome: string[];
  cannotCome: CannotCome[];
  reasons: string[];
}

/** Who can come to a slot, who cannot and why, and why the slot suits the family. */
export function accountFor(search: Search, c: Candidate, preferences: FamilyPreferences): SlotAccount {
  const { settings, childShouldAttend, schoolDay } = search.input;
  const day = search.days[c.day];
  if (day === undefined) return { canCome: [], cannotCome: [], reasons: [] };
  const start = c.minute;
  const end = c.minute + settings.lengthMinutes;

  const canCome: string[] = [];
  const cannotCome: CannotCome[] = [];
  search.invitees.forEach((p, i) => {
    const clash = clashFor(p.invitee.part, day.busy[i] ?? [], start, end);
    const source = p.sources[clash];
    if (clash < 0 || source === undefined) {
      canCome.push(p.invitee.id);
      return;
    }
    const { id, name, role } = p.invitee;
    const because = p.invitee.keepTimetablePrivate === true ? 'Not free then' : becauseWords(source);
    cannotCome.push({ id, name, role, isFamily: p.family, because });
  });

  const reasons: string[] = [];
  if (c.preferred) reasons.push(preferredWords(preferences, day, start, end));
  if (c.fitsFamily) reasons.push(...familyReasons(search.invitees, day, start, end));
  const evening = end > settings.workEnd;
  if (evening) reasons.push('It is in the evening, which the family said is fine.');
  if (day.weekend) reasons.push('It is at the weekend, which the family said is fine.');
  if (childShouldAttend && day.term === 'holiday' && !day.weekend && start < schoolDay.end && end > schoolDay.start) {
    const children = search.invitees.filter((p) => p.invitee.isChild === true).map((p) => p.invitee.name);
    if (children.length > 0) reasons.push(`It is in the school holidays, so ${andList(children)} can come.`);
  }
  for (const p of search.invitees) if (p.invitee.part !== undefined) reasons.push(partReason(p.invitee.name, p.invitee.part, start));
  reasons.push(...attendanceReasons(cannotCome, search.invitees.length));
  return { canCome, cannotCome, reasons };
}

function preferredWords(p: FamilyPreferences, day: PlannedDay, start: number, end: number): string {
  const match = p.preferred.find((t) => t.days.includes(day.day) && t.start <= minutesToClock(start) && t.end >= minutesToClock(end));
  const label = match?.label !== undefined && match.label !== '' ? ` (${match.label})` : '';
  return `It is at a time the family said suits them${label}.`;
}

function familyReasons(invitees: readonly PreparedInvitee[], day: PlannedDay, start: number, end: number): string[] {
  const said = new Set<string>();
  let anyFamily = false;
  let anyPrivate = false;
  invitees.forEach((p, i) => {
    if (!p.family) return;
    anyFamily = true;
    if (p.invitee.keepTimetablePrivate === true) {
      anyPrivate = true;
      return;
    }
    // A child there for some items only: what matters is around their items, not the whole meeting.
    const windows = p.invitee.part?.windows;
    const first = windows?.[0];
    const last = windows?.[windows.length - 1];
    const { before, after } = first !== undefined && last !== undefined ? nearest(day.busy[i] ?? [], start + first[0], start + last[1]) : nearest(day.busy[i] ?? [], start, end);
    for (const [interval, side] of [[before, 'before'], [after, 'after']] as const) {
      const source = interval === undefined ? undefined : p.sources[interval.source];
      if (source === undefined) continue;
      const words = aroundWords(source, side, p.invitee.name, p.invitee.pronoun);
      if (words !== null) said.add(words);
    }
  });
  if (said.size === 0 && anyFamily && !anyPrivate) said.add('No one in the family has said they are busy around this time.');
  return [...said];
}

/** The busy stretch ending closest before the slot and the one starting closest after, if near. */
function nearest(intervals: readonly BusyInterval[], start: number, end: number): { before?: BusyInterval; after?: BusyInterval } {
  let before: BusyInterval | undefined;
  let after: BusyInterval | undefined;
  for (const b of intervals) {
    if (b.end <= start && start - b.end <= NEARBY && (before === undefined || b.end > before.end)) before = b;
    if (b.start >= end && b.start - end <= NEARBY && (after === undefined || b.start < after.start)) after = b;
  }
  const out: { before?: BusyInterval; after?: BusyInterval } = {};
  if (before !== undefined) out.before = before;
  if (after !== undefined) out.after = after;
  return out;
}

function attendanceReasons(cannotCome: readonly CannotCome[], invited: number): string[] {
  if (invited === 0) return [];
  if (cannotCome.length === 0) return ['Everyone invited can come.'];
  const out: string[] = [];
  for (const f of cannotCome.filter((x) => x.isFamily)) out.push(`${f.name} cannot come (${f.because}).`);
  const others = cannotCome.filter((x) => !x.isFamily);
  if (others.length > 0) {
    const names = others.map((x) => `${x.name} (${x.role}: ${x.because})`);
    const report = others.length === 1 ? 'They could send a written report.' : 'They could each send a written report.';
    out.push(`Cannot come: ${andList(names)}. ${report}`);
  }
  return out;
}
