import { Temporal } from 'temporal-polyfill';
import { MEETING_KIND_LABELS, type MeetingKind } from '../../../shared/domain/meeting-kind';
import { clockToMinutes, dayName } from '../../../shared/rules/clock';
import { formatLongDate, type IsoDate } from '../../../shared/rules/dates';
import { clockWords as londonClockWords } from '../../../shared/time/london';
import type { ProposedSlot } from '../../../shared/rules/slot-finder';
import { paths } from '../../components/paths';

export const MEETING_LENGTHS = [30, 45, 60, 90] as const;

/** The usual lengths, with the agenda's total among them: [30, 40, 45, 60, 90] for a 40-minute agenda. */
export function lengthChoices(agendaMinutes: number): number[] {
  return [...new Set<number>([...MEETING_LENGTHS, agendaMinutes])].sort((a, b) => a - b);
}

/** "First meeting: the agenda runs 90 minutes." */
export function agendaLengthHint(kind: MeetingKind, minutes: number): string {
  return `${MEETING_KIND_LABELS[kind]}: the agenda runs ${minutes} minutes.`;
}

/** The first and last day of the default search: today and the next 8 weeks. */
export function defaultRange(today: IsoDate): { from: IsoDate; to: IsoDate } {
  return { from: today, to: Temporal.PlainDate.from(today).add({ days: 55 }).toString() };
}

/** "09:00" -> "9am"; "16:30" -> "4:30pm"; "12:00" -> "midday". */
export function clockWords(time: string): string {
  const minutes = clockToMinutes(time);
  return londonClockWords({ hour: Math.floor(minutes / 60) % 24, minute: minutes % 60 }, 'screen');
}

/** "Thursday 3 December 2026, 4pm to 5pm" */
export function slotWords(slot: Pick<ProposedSlot, 'date' | 'dayOfWeek' | 'startTime' | 'endTime'>): string {
  return `${dayName(slot.dayOfWeek)} ${formatLongDate(slot.date)}, ${clockWords(slot.startTime)} to ${clockWords(slot.endTime)}`;
}

/** Where "Plan the meeting for this time" goes: the meeting page, told the time, length, who is invited, (from the family's path) the kind, and the children's items. */
export function meetingLink(
  familyId: string,
  slot: Pick<ProposedSlot, 'start'>,
  lengthMinutes: number,
  childAttends: boolean,
  invitees: readonly string[],
  kind: MeetingKind | null = null,
  children = '',
): string {
  // Each child's answer, "leo:3.11,mia:no": item numbers on the agenda the meeting starts from.
  const answers = children === '' ? '' : `&children=${encodeURIComponent(children)}`;
  const link = `${paths.newMeeting(familyId)}?startsAt=${encodeURIComponent(slot.start)}&lengthMinutes=${lengthMinutes}${answers}&childAttends=${childAttends}&invitees=${invitees.join(',')}`;
  return kind === null ? link : `${link}&kind=${kind}`;
}
