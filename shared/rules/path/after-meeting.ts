/** The steps after a meeting: the minutes, the family's review of them, sharing, and the next review. */
import { MEETING_KIND_LABELS } from '../../domain/meeting';
import { isAgreed } from '../../minutes/workflow';
import { formatLongDate, todayInLondon } from '../dates';
import { reviewState } from '../plan-review';
import { isPlanOpen } from '../plan-status';
import { meetingDay, type PathFacts } from './input';
import { nextMeetingKind } from './meeting-steps';
import { step, type StepResult } from './step';

function lastStepOn(f: PathFacts, stepName: 'sent-to-family' | 'shared'): string {
  const event = [...(f.latestMinutes?.events ?? [])].reverse().find((e) => e.step === stepName);
  return event ? formatLongDate(todayInLondon(new Date(event.at))) : '';
}

export function minutesStep(f: PathFacts): StepResult {
  const m = f.meeting;
  if (m === null || f.record?.status !== 'finished') {
    const target = m ? ({ screen: 'meeting-run', familyId: f.familyId, meetingId: m.id } as const) : ({ screen: 'find-a-time', familyId: f.familyId, kind: nextMeetingKind(f) } as const);
    return step('minutes', 'not-started', 'The minutes are written from what is recorded at the meeting, once it is finished.', m ? 'Run the meeting' : 'Find a time', target);
  }
  const target = { screen: 'minutes', familyId: f.familyId, meetingId: m.id } as const;
  if (f.minutesStatus === null) return step('minutes', 'not-started', 'The meeting is finished. The draft minutes can be made from what was recorded.', 'Write the minutes', target);
  if (f.minutesStatus === 'draft') return step('minutes', 'in-progress', 'The draft is ready. Read it through, then send it to the family to check.', 'Check the draft', target);
  return step('minutes', 'done', `Minutes written for the ${MEETING_KIND_LABELS[m.kind].toLowerCase()} on ${formatLongDate(meetingDay(m))}.`, 'See the minutes', target);
}

export function familyReviewStep(f: PathFacts): StepResult {
  const m = f.meeting;
  const row = f.latestMinutes;
  if (m === null || row === undefined || f.minutesStatus === 'draft') {
    const target = m ? ({ screen: 'minutes', familyId: f.familyId, meetingId: m.id } as const) : ({ screen: 'find-a-time', familyId: f.familyId, kind: nextMeetingKind(f) } as const);
    return step('family-review', 'not-started', 'The family check the minutes before anyone else sees them.', m ? 'Go to the minutes' : 'Find a time', target);
  }
  const minutes = { screen: 'minutes', familyId: f.familyId, meetingId: m.id } as const;
  switch (f.minutesStatus) {
    case 'with-family':
      return step('family-review', 'in-progress', `Sent to the family to check on ${lastStepOn(f, 'sent-to-family')}. Record their answer when it comes.`, 'Record the family’s answer', {
        screen: 'minutes-response',
        familyId: f.familyId,
        meetingId: m.id,
      });
    case 'family-responded':
      return isAgreed(row)
        ? step('family-review', 'in-progress', 'The family agreed the minutes. Make them final.', 'Make the minutes final', minutes)
        : step('family-review', 'needs-attention', 'The family do not agree with part of the minutes. Change them and send them again.', 'See the family’s answer', minutes);
    default:
      return step('family-review', 'done', 'The family agreed the minutes, and they are final.', 'See the minutes', minutes);
  }
}

export function sharingStep(f: PathFacts): StepResult {
  const m = f.meeting;
  if (m === null || (f.minutesStatus !== 'final' && f.minutesStatus !== 'shared')) {
    const target = m ? ({ screen: 'minutes', familyId: f.familyId, meetingId: m.id } as const) : ({ screen: 'find-a-time', familyId: f.familyId, kind: nextMeetingKind(f) } as const);
    return step('sharing', 'not-started', 'Copies go to the team once the family have agreed the minutes and they are final.', m ? 'Go to the minutes' : 'Find a time', target);
  }
  const target = { screen: 'minutes-export', familyId: f.familyId, meetingId: m.id } as const;
  if (f.minutesStatus === 'final') return step('sharing', 'not-started', 'The minutes are final. Send copies to the family and the team.', 'Share the minutes', target);
  return step('sharing', 'done', `Copies sent, most recently on ${lastStepOn(f, 'shared')}.`, 'Share more copies', target);
}

export function nextReviewStep(f: PathFacts): StepResult {
  const plan = f.plan;
  if (!plan) return step('next-review', 'not-started', 'Reviews follow the plan, once there is one.', 'Start a plan', { screen: 'plan-new', familyId: f.familyId });
  if (!isPlanOpen(plan)) return step('next-review', 'done', 'The plan has ended, so no review is due.', 'See the plan', { screen: 'plan', familyId: f.familyId });
  const m = f.meeting;
  const finder = { screen: 'find-a-time', familyId: f.familyId, kind: 'review' } as const;
  if (m !== null && !f.meetingStarted && (m.kind === 'review' || m.kind === 'closing')) {
    return step('next-review', 'in-progress', `The ${MEETING_KIND_LABELS[m.kind].toLowerCase()} is on ${formatLongDate(meetingDay(m))}.`, 'See the meeting', {
      screen: 'meeting',
      familyId: f.familyId,
      meetingId: m.id,
    });
  }
  const state = reviewState(plan, f.lastMeetingHeld, f.today);
  if (state.state === 'overdue') {
    const stuck = m !== null && f.minutesStatus !== 'shared' && f.meetingStarted;
    return step('next-review', 'needs-attention', `The review was due on ${formatLongDate(state.since)}.${stuck ? ' Finish this meeting’s minutes, then plan it.' : ''}`, 'Plan the review', finder);
  }
  if (state.state === 'due') {
    const first = nextMeetingKind(f) === 'first';
    return step('next-review', 'not-started', `${first ? 'After the first meeting, the' : 'The'} next review is due by ${formatLongDate(state.on)}.`, 'Plan the review', finder);
  }
  return step('next-review', 'done', 'No review is due.', 'See the plan', { screen: 'plan', familyId: f.familyId });
}
