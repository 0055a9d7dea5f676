import { MEETING_KIND_LABELS, type PlannedMeeting } from '../../../shared/domain/meeting';
import { endTimeWords, meetingTimeWords } from '../../../shared/time/london';

/** "First meeting: Thursday 3 December 2026 at 4pm to 5pm" */
export function meetingTitle(meeting: Pick<PlannedMeeting, 'kind' | 'startsAt' | 'lengthMinutes'>): string {
  return `${MEETING_KIND_LABELS[meeting.kind]}: ${safeTime(meeting.startsAt)}${endWords(meeting)}`;
}

export function safeTime(startsAt: string): string {
  try {
    return meetingTimeWords(startsAt);
  } catch {
    return 'time not known';
  }
}

function endWords(meeting: Pick<PlannedMeeting, 'startsAt' | 'lengthMinutes'>): string {
  try {
    return ` to ${endTimeWords(meeting.startsAt, meeting.lengthMinutes)}`;
  } catch {
    return '';
  }
}

export const REMINDER = 'Tell the family about the change first';
