import { describeDays, MINUTES_IN_DAY, minutesToClock } from '../clock';
import { formatLongDate } from '../dates';
import { andList } from '../../words/list';
import type { BusySource, Pronoun } from './types';

/**
 * Plain words for the scheduling rules, built only from what people entered.
 * Kept together so the wording can be read, and changed, in one place.
 */

/** 60 -> "1-hour", 90 -> "90-minute", 120 -> "2-hour". */
export function durationWords(minutes: number): string {
  if (minutes % 60 === 0) return `${minutes / 60}-hour`;
  return `${minutes}-minute`;
}

/** 56 days -> "these 8 weeks"; 10 days -> "these 10 days"; 1 day -> "that day". */
export function spanWords(days: number): string {
  if (days === 1) return 'that day';
  if (days % 7 === 0) return days === 7 ? 'this week' : `these ${days / 7} weeks`;
  return `these ${days} days`;
}

/** "Hospital appointment" -> "hospital appointment"; leaves "CAMHS appointment" alone. */
export function lowerFirst(text: string): string {
  if (text.length > 1 && text[1] === text[1]?.toUpperCase() && text[1] !== text[1]?.toLowerCase()) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export function pronounOf(p: Pronoun | undefined): string {
  return p ?? 'they';
}

/** "until 18:00", "from 13:00", "from 10:00 to 11:30", "all day" against the hours searched. */
function timeWords(s: BusySource, windowStart: number, windowEnd: number): string {
  if (s.start === 0 && s.end === MINUTES_IN_DAY) return 'all day';
  if (s.start <= windowStart) return `until ${minutesToClock(s.end)}`;
  if (s.end >= windowEnd) return `from ${minutesToClock(s.start)}`;
  return `from ${minutesToClock(s.start)} to ${minutesToClock(s.end)}`;
}

/**
 * What a weekly time says about a person, to follow their name:
 * "works every weekday until 18:00", "does the school run every weekday from 15:00 to 15:30".
 */
export function describeWeekly(s: BusySource, windowStart: number, windowEnd: number): string {
  const days = describeDays(s.days ?? []);
  const time = timeWords(s, windowStart, windowEnd);
  const term = s.termTimeOnly === true ? ' in term time' : '';
  switch (s.kind) {
    case 'work':
      return `works ${days} ${time}${term}`;
    case 'school-run':
      return `does the school run ${days} ${time}${term}`;
    case 'school-day':
      return `is at school ${days} ${time}${term}`;
    case 'caring':
      return `has caring duties ${days} ${time}${term}${s.label.toLowerCase() === 'caring' ? '' : ` (${s.label})`}`;
    case 'appointment':
      return `has ${lowerFirst(s.label)} ${days} ${time}${term}`;
    default:
      return `is busy ${days} ${time}${term} (${s.label})`;
  }
}

/** "is not available on 5 November 2026 (Hospital appointment)", or on several dates. */
export function describeOneOffs(sources: readonly BusySource[]): string {
  const dated = sources.filter((s) => s.date !== undefined);
  const first = dated[0];
  if (first === undefined || first.date === undefined) return '';
  if (dated.length === 1) {
    const time = first.wholeDay === true ? '' : ` from ${minutesToClock(first.start)} to ${minutesToClock(first.end)}`;
    return `is not available on ${formatLongDate(first.date)}${time} (${first.label})`;
  }
  const dates = [...new Set(dated.map((s) => s.date ?? ''))].sort();
  if (dates.length <= 3) return `is not available on ${joinDates(dates)}`;
  return `is not available on ${dates.length} of the days`;
}

function joinDates(dates: readonly string[]): string {
  return andList(dates.map(formatLongDate));
}

/** Why someone cannot come, from their own entry: "Clinic, 09:00 to 12:00" or "Annual leave, all day". */
export function becauseWords(s: BusySource): string {
  if (s.hours !== undefined) return `outside working hours, ${s.hours}`;
  if (s.start === 0 && s.end === MINUTES_IN_DAY) return `${s.label}, all day`;
  return `${s.label}, ${minutesToClock(s.start)} to ${minutesToClock(s.end)}`;
}

/**
 * A sentence about a family member's commitment just before or just after a slot,
 * or null when there is nothing useful to say.
 */
export function aroundWords(s: BusySource, side: 'before' | 'after', name: string, pronoun: Pronoun | undefined): string | null {
  const they = pronounOf(pronoun);
  switch (s.kind) {
    case 'school-run':
      return 'Fits around the school run.';
    case 'work':
      return side === 'before'
        ? `${name} finishes work at ${minutesToClock(s.end)}, so ${they} can come.`
        : `${name} can come before starting work at ${minutesToClock(s.start)}.`;
    case 'school-day':
      return side === 'before' ? `It is after school, so ${name} can come.` : `It is before school starts, so ${name} can come.`;
    default:
      return `Fits around ${name}'s ${lowerFirst(s.label)}.`;
  }
}
