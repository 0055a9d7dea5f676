/** Words and small helpers shared by the minutes screens. Pure. */
import { MEETING_KIND_LABELS, stripZone, type PlannedMeeting } from '../../../shared/domain/meeting';
import type { MinutesRow } from '../../../shared/domain/minutes';
import { MINUTES_STATUS_LABELS, minutesStatus } from '../../../shared/minutes/workflow';
import { formatLongDate, todayInLondon } from '../../../shared/rules/dates';
import { dateTimeWords } from '../../../shared/time/london';

/** "23 November 2026 at 09:15", in England's time. */
export function instantWords(at: string): string {
  return dateTimeWords(at, 'an unknown time');
}

/** "23 November 2026" for an ISO date. */
export function dateWords(iso: string): string {
  try {
    return formatLongDate(iso);
  } catch {
    return iso;
  }
}

/** The day the meeting was held, in England. */
export function meetingDay(meeting: Pick<PlannedMeeting, 'startsAt'>): string {
  const at = new Date(Date.parse(stripZone(meeting.startsAt)));
  return Number.isNaN(at.getTime()) ? '' : formatLongDate(todayInLondon(at));
}

/** "Minutes of the first meeting: Ruiz family". */
export function minutesTitle(meeting: Pick<PlannedMeeting, 'kind'>, familyName: string): string {
  return `Minutes of the ${MEETING_KIND_LABELS[meeting.kind].toLocaleLowerCase('en-GB')}: ${familyName}`;
}

/** "Version 2: Final" */
export function versionWords(row: MinutesRow): string {
  return `Version ${row.version}: ${MINUTES_STATUS_LABELS[minutesStatus(row)]}`;
}

/** The name the audit trail and workflow record for whoever is using the app. */
export function actorName(profile: { name: string } | undefined): string {
  return profile?.name.trim() || 'Team Around user';
}

/** What every export says until the family has agreed. */
export const DRAFT_MARKING = 'DRAFT - not yet agreed with the family';
