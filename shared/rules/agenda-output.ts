/**
 * What an agenda says to people: its clock times, the plain list for the family's invitation,
 * and warnings for the chair. Pure functions of the agenda.
 */
import { totalMinutes, type Agenda, type AgendaItem } from '../domain/agenda';
import { clockToMinutes, isClockTime, MINUTES_IN_DAY, minutesToClock } from './clock';

export interface TimedItem {
  id: string;
  title: string;
  /** "16:10" */
  startsAt: string;
  endsAt: string;
}

export type AgendaTimes =
  | { ok: true; items: TimedItem[]; endsAt: string; /** True when the agenda runs past midnight. */ nextDay: boolean }
  | { ok: false; message: string };

/** Each item's start and end on the clock from a start time such as "16:00", and when the meeting ends. */
export function endsAt(startWallClock: string, agenda: Agenda): AgendaTimes {
  const start = startWallClock.trim().replace(/^(\d):/, '0$1:');
  if (!isClockTime(start)) return { ok: false, message: 'Enter the start time as hours and minutes, for example 16:00' };
  let at = clockToMinutes(start);
  const clock = (m: number) => minutesToClock(m % MINUTES_IN_DAY);
  const items = agenda.items.map((item): TimedItem => {
    const from = at;
    at += item.minutes;
    return { id: item.id, title: item.title, startsAt: clock(from), endsAt: clock(at) };
  });
  return { ok: true, items, endsAt: clock(at), nextDay: at >= MINUTES_IN_DAY };
}

export interface FamilyAgendaLine {
  title: string;
  description: string;
  /** Whether the child or young person is in the room for this item. */
  withChild: boolean;
  /** One line for the invitation: "The child's voice (with Leo): What life is like ..." */
  text: string;
}

/**
 * The agenda as the family's invitation lists it: titles and plain descriptions, in order. With a
 * child's name, the items the child is there for say "(with <name>)"; without one, nothing is added.
 */
export function agendaSummaryForFamily(agenda: Agenda, options: { childName?: string } = {}): FamilyAgendaLine[] {
  const name = options.childName?.trim() ?? '';
  return agenda.items.map((item) => {
    const flag = item.childAttends && name !== '' ? ` (with ${name})` : '';
    const text = item.description === '' ? `${item.title}${flag}` : `${item.title}${flag}: ${item.description}`;
    return { title: item.title, description: item.description, withChild: item.childAttends, text };
  });
}

/** "1 hour 30 minutes", "45 minutes", "2 hours" */
export function describeMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const hours = h === 0 ? '' : h === 1 ? '1 hour' : `${h} hours`;
  const mins = m === 0 ? '' : m === 1 ? '1 minute' : `${m} minutes`;
  return [hours, mins].filter((s) => s !== '').join(' ') || '0 minutes';
}

const VOICE_WORDS = /\b(voice|views|wishes)\b/i;

/** The item where the child's views are heard: marked so by its template, or named so by the chair. */
export function isChildVoiceItem(item: AgendaItem): boolean {
  return item.childVoice === true || VOICE_WORDS.test(item.title);
}

/** Warnings in plain words for the chair; an empty list means nothing to point out. */
export function checkAgenda(agenda: Agenda, lengthMinutes: number): string[] {
  const warnings: string[] = [];
  const total = totalMinutes(agenda);
  if (total > lengthMinutes) {
    warnings.push(
      `The items add up to ${describeMinutes(total)}, which is ${describeMinutes(total - lengthMinutes)} more than the ${describeMinutes(lengthMinutes)} the meeting is booked for.`,
    );
  }
  if (!agenda.items.some(isChildVoiceItem)) {
    warnings.push("There is no item for the child's voice. Add one so the child's views are heard in their own right.");
  }
  const review = agenda.items.find((i) => i.kind === 'action-review');
  if (agenda.meetingKind === 'review' && review === undefined) {
    warnings.push("This review has no item for going through the last plan's actions. Add one so unfinished actions are not missed.");
  }
  const open = review?.actionIds?.length ?? 0;
  if (review !== undefined && open > 0 && review.minutes === 0) {
    warnings.push(`"${review.title}" has ${open === 1 ? '1 open action' : `${open} open actions`} to go through but no time set for it.`);
  }
  return warnings;
}
