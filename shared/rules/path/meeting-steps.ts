/** The steps of the meeting itself: finding a time, the agenda and invitations, and running it. */
import { meetingTimeWords } from '../../time/london';
import { familyNotYetTold, MEETING_KIND_LABELS, type MeetingKind, type PlannedMeeting } from '../../domain/meeting';
import { compareIsoDates, formatLongDate } from '../dates';
import { meetingDay, type PathFacts } from './input';
import { step, type StepResult } from './step';

function when(meeting: PlannedMeeting): string {
  try {
    return meetingTimeWords(meeting.startsAt);
  } catch {
    return formatLongDate(meetingDay(meeting));
  }
}

/** The kind of meeting to plan next: the first team meeting, or a review once one has been held. */
export function nextMeetingKind(f: PathFacts): MeetingKind {
  return f.lastMeetingHeld === null ? 'first' : 'review';
}

export function findATimeStep(f: PathFacts): StepResult {
  const finder = { screen: 'find-a-time', familyId: f.familyId, kind: nextMeetingKind(f) } as const;
  const m = f.meeting;
  if (m === null) {
    if (f.onlyCancelled) return step('find-a-time', 'needs-attention', 'The meeting was cancelled. Find a new time.', 'Find a new time', finder);
    return step('find-a-time', 'not-started', 'No meeting is planned yet. The finder suggests times around the family’s week.', 'Find a time', finder);
  }
  const target = { screen: 'meeting', familyId: f.familyId, meetingId: m.id } as const;
  const label = MEETING_KIND_LABELS[m.kind];
  if (f.meetingStarted) return step('find-a-time', 'done', `${label} held on ${formatLongDate(meetingDay(m))}.`, 'See the meeting', target);
  return step('find-a-time', 'done', `${label} planned for ${when(m)}.`, 'See the meeting', target);
}

export function agendaStep(f: PathFacts): StepResult {
  const m = f.meeting;
  if (m === null) {
    return step('agenda-and-invitations', 'not-started', 'The agenda and invitations are made once a meeting is planned.', 'Find a time', {
      screen: 'find-a-time',
      familyId: f.familyId,
      kind: nextMeetingKind(f),
    });
  }
  const target = { screen: 'meeting', familyId: f.familyId, meetingId: m.id } as const;
  // Once the meeting has started, invitations and reminders to tell the family are past.
  if (f.meetingStarted) return step('agenda-and-invitations', 'done', 'The meeting has taken place.', 'See the meeting', target);
  if (familyNotYetTold(m)) {
    return step('agenda-and-invitations', 'needs-attention', 'The meeting has changed and the family have not been told yet.', 'Tell the family', target);
  }
  if (m.invitees.length === 0) return step('agenda-and-invitations', 'in-progress', 'No one is invited yet.', 'Invite people', target);
  const sent = new Set(f.input.invitationsSent.filter((s) => s.meetingId === m.id).flatMap((s) => s.recipients));
  const invited = m.invitees.filter((i) => sent.has(i.id)).length;
  if (m.agenda === null) return step('agenda-and-invitations', 'in-progress', 'The agenda is not set yet.', 'Set the agenda', target);
  if (invited === 0) return step('agenda-and-invitations', 'not-started', `The agenda is ready. No invitations have been made yet for the ${m.invitees.length} people invited.`, 'Send the invitations', target);
  if (invited < m.invitees.length) {
    return step('agenda-and-invitations', 'in-progress', `Invitations made for ${invited} of ${m.invitees.length} people.`, 'Send the other invitations', target);
  }
  return step('agenda-and-invitations', 'done', 'The agenda is ready and everyone has an invitation.', 'See the meeting', target);
}

export function runStep(f: PathFacts): StepResult {
  const m = f.meeting;
  if (m === null) return step('run-the-meeting', 'not-started', 'Plan a meeting first.', 'Find a time', { screen: 'find-a-time', familyId: f.familyId, kind: nextMeetingKind(f) });
  const target = { screen: 'meeting-run', familyId: f.familyId, meetingId: m.id } as const;
  const record = f.record;
  if (record?.status === 'finished') return step('run-the-meeting', 'done', `Held on ${formatLongDate(meetingDay(m))}.`, 'See what was recorded', target);
  if (record) return step('run-the-meeting', 'in-progress', 'The meeting has been started but not finished. Finish it to write the minutes.', 'Go back to the meeting', target);
  if (compareIsoDates(meetingDay(m), f.today) < 0) {
    return step('run-the-meeting', 'needs-attention', `The meeting on ${formatLongDate(meetingDay(m))} has passed, but nothing was recorded.`, 'Record the meeting', target);
  }
  return step('run-the-meeting', 'not-started', `The meeting is on ${when(m)}.`, 'Run the meeting', target);
}
