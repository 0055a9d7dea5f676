import { MEETING_KIND_LABELS, type MeetingKind } from '../../../shared/domain/meeting';
import { recipientLabel, type ConsentScope } from '../../../shared/domain/consent';
import { formatLongDate, type IsoDate } from '../../../shared/rules/dates';
import { meetingTimeWords } from '../../../shared/time/london';

/** "the Smith family" (for "Smith" or "Smith family"), or "a family" when the name could not be read. */
export function familyWords(names: Record<string, string>, familyId: string | null): string {
  const name = familyId ? names[familyId]?.trim() : undefined;
  if (!name) return 'a family';
  // Families are often named "Ruiz family" already.
  return /\bfamily$/i.test(name) ? `the ${name}` : `the ${name} family`;
}

/** "Review meeting, Thursday 26 November 2026 at 4pm" */
export function meetingWords(kind: MeetingKind, startsAt: string): string {
  return `${MEETING_KIND_LABELS[kind]}, ${meetingTimeWords(startsAt)}`;
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "due today", "due in 3 days", "3 days overdue" */
export function dueWords(date: IsoDate, today: IsoDate, daysUntil: (date: IsoDate, today: IsoDate) => number): string {
  const days = daysUntil(date, today);
  if (days === 0) return `due today, ${formatLongDate(date)}`;
  if (days > 0) return `due ${formatLongDate(date)} (in ${plural(days, 'day', 'days')})`;
  return `was due ${formatLongDate(date)} (${plural(-days, 'day', 'days')} ago)`;
}

export function consentScopeWords(scope: ConsentScope): string {
  if (scope.type === 'early-help') return 'Consent to early help';
  return `Consent to share with ${recipientLabel(scope.recipient)}${scope.purpose ? ` (${scope.purpose})` : ''}`;
}

/** "Sunday 22 November 2026 at 3:15pm" from an ISO instant. */
export function savedWords(at: string): string {
  return meetingTimeWords(at);
}
