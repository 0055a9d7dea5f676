/**
 * A date and time typed by the chair, checked the way "find a time" checks its own: a bank
 * holiday, anyone invited who has said they are busy then (the family first), and a child's
 * school day when the child should come (only during their items, for a child there for some). Warnings only: the chair may still book it.
 */
import { clockToMinutes, isClockTime } from '../clock';
import { formatLongDate, isValidIsoDate, type IsoDate } from '../dates';
import { buildRequest, type FindInputs } from './build-request';
import { clashFor, planDays, prepareInvitees } from './busy-days';
import { itemNumbersWords } from '../child-items';
import { DEFAULT_SCHOOL_DAY } from './request';
import { becauseWords } from './words';

export interface TimeCheckInput extends Omit<FindInputs, 'from' | 'to' | 'now'> {
  /** The meeting's day in England, YYYY-MM-DD. */
  date: IsoDate;
  /** Wall-clock start in England, "16:00". */
  startTime: string;
}

/** Plain sentences, the family's first; empty when nothing is known to get in the way. */
export function checkMeetingTime(input: TimeCheckInput): string[] {
  if (!isValidIsoDate(input.date) || !isClockTime(input.startTime)) return [];
  const built = buildRequest({ ...input, from: input.date, to: input.date, now: new Date(0) });
  if (!built.ok) return [];
  const { request } = built;
  const schoolDay = { start: clockToMinutes(DEFAULT_SCHOOL_DAY.start), end: clockToMinutes(DEFAULT_SCHOOL_DAY.end) };
  const prepared = prepareInvitees(request.invitees, request.childShouldAttend === true, schoolDay);
  if (!prepared.ok) return [];
  const [day] = planDays(input.date, input.date, prepared.invitees, request.bankHolidays, request.terms);
  if (day === undefined) return [];
  const warnings: string[] = [];
  if (day.bankHoliday !== undefined) warnings.push(`${formatLongDate(input.date)} is a bank holiday (${day.bankHoliday}).`);
  const start = clockToMinutes(input.startTime);
  const end = start + input.lengthMinutes;
  prepared.invitees.forEach((p, i) => {
    const clash = clashFor(p.invitee.part, day.busy[i] ?? [], start, end);
    const source = p.sources[clash];
    if (clash < 0 || source === undefined) return;
    const { name } = p.invitee;
    // A person a safety flag protects: say only that they cannot come, never what they are doing.
    if (p.invitee.keepTimetablePrivate === true) warnings.push(`${name} cannot come then.`);
    else if (source.kind === 'school-day' && p.invitee.part !== undefined) {
      warnings.push(`${name} is at school then (${becauseWords(source)}), and is meant to come for ${itemNumbersWords(p.invitee.part.items)}.`);
    } else if (source.kind === 'school-day') warnings.push(`${name} is at school then (${becauseWords(source)}), and is meant to come to the meeting.`);
    else warnings.push(`${name} cannot come then: ${becauseWords(source)}.`);
  });
  return warnings;
}
