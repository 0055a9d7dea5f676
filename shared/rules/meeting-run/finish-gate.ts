/**
 * Whether a meeting can be finished. The team either agrees when it meets again, or agrees to
 * close the plan: a meeting cannot end with neither, or a family could drift with no review.
 */
import type { MeetingRecord, Outcome } from '../../domain/meeting-record';
import { compareIsoDates, formatLongDate, type IsoDate } from '../dates';

export type FinishField = 'nextReviewDate' | 'status';
export type FinishCheck = { ok: true } | { ok: false; field: FinishField; reason: string };

/** The outcome in a few words, for messages. */
export const OUTCOME_SHORT: Record<Outcome, string> = {
  continue: 'Carry on with the plan',
  'step-down': 'Step down',
  'step-up': 'Step up',
  close: 'Close the plan',
};

/** The specific reason the meeting cannot be finished yet, or ok. `meetingDate` is the day the meeting is held. */
export function checkFinish(record: Pick<MeetingRecord, 'status' | 'outcome'>, meetingDate: IsoDate): FinishCheck {
  if (record.status === 'finished') return { ok: false, field: 'status', reason: 'This meeting has already been finished.' };
  const { decision, nextReviewDate } = record.outcome;
  if (decision === 'close') return { ok: true };
  if (nextReviewDate === null) {
    const reason =
      decision === null
        ? 'Set the date of the next review, or choose “Close the plan” as the outcome, before you finish the meeting.'
        : `The outcome is “${OUTCOME_SHORT[decision]}”, so the team will meet again: set the date of the next review before you finish the meeting.`;
    return { ok: false, field: 'nextReviewDate', reason };
  }
  if (compareIsoDates(nextReviewDate, meetingDate) <= 0) {
    return { ok: false, field: 'nextReviewDate', reason: `The next review must be after this meeting, which is on ${formatLongDate(meetingDate)}. Choose a later date.` };
  }
  return { ok: true };
}
