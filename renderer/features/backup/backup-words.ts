import { Temporal } from 'temporal-polyfill';
import { todayInLondon } from '../../../shared/rules/dates';
import { dateTimeWords } from '../../../shared/time/london';

/** "23 November 2026 at 10:15" */
export function formatWhen(iso: string): string {
  return dateTimeWords(iso);
}

export interface ReminderInput {
  lastBackupAt: string | null;
  remindAfterDays: number;
  /** Whether there are real (not practice) records worth backing up. */
  hasData: boolean;
  now: Date;
}

/** Whole days in London between the last backup and today; null when there has never been one. */
export type ReminderState = { due: false } | { due: true; days: number | null };

export function reminderState({ lastBackupAt, remindAfterDays, hasData, now }: ReminderInput): ReminderState {
  if (lastBackupAt === null) return hasData ? { due: true, days: null } : { due: false };
  const last = new Date(lastBackupAt);
  if (Number.isNaN(last.getTime())) return hasData ? { due: true, days: null } : { due: false };
  const days = Temporal.PlainDate.from(todayInLondon(last)).until(Temporal.PlainDate.from(todayInLondon(now))).days;
  return days >= remindAfterDays ? { due: true, days } : { due: false };
}

/** "You have not made a backup for 9 days." */
export function reminderSentence(state: Extract<ReminderState, { due: true }>): string {
  if (state.days === null) return 'You have not made a backup of the records on this computer yet.';
  return `You have not made a backup for ${state.days} ${state.days === 1 ? 'day' : 'days'}.`;
}
