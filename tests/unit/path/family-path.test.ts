import { describe, expect, test } from 'vitest';
import { familyPath, PATH_STEP_IDS, type FamilyPath, type PathInput, type PathStepId, type StepStatus } from '../../../shared/rules/path';
import { earlyHelp, given, school, share, withdrawn } from '../shared/consent-fixtures';
import { ids, meeting, MEETING, minutes, newFamily, NOW, plan, record, REVIEW } from './fixtures';

const statusOf = (path: FamilyPath, id: PathStepId): StepStatus | undefined => path.steps.find((s) => s.id === id)?.status;
const stepOf = (path: FamilyPath, id: PathStepId) => {
  const found = path.steps.find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
};

/** Consent to early help and to share with school, a plan, and the family's week. */
function ready(change: Partial<PathInput> = {}): PathInput {
  return newFamily({
    consent: [given(earlyHelp, '2026-11-02'), given(share(school), '2026-11-02')],
    plans: [plan()],
    timetable: { members: { [ids.mum]: { busy: [], unavailable: [], preferred: [], eveningsAcceptable: false, weekendsAcceptable: false }, [ids.dad]: { busy: [], unavailable: [], preferred: [], eveningsAcceptable: true, weekendsAcceptable: false } } },
    ...change,
  });
}

const PAST = { startsAt: '2026-11-19T16:00:00+00:00[Europe/London]' };
const sentToAll = [{ meetingId: MEETING, recipients: [ids.mum, ids.schoolDsl] }];

describe('the steps of the path', () => {
  test('every step, in order, each with a name, a reason and a screen', () => {
    const path = familyPath(newFamily(), NOW);
    expect(path.steps.map((s) => s.id)).toEqual([...PATH_STEP_IDS]);
    expect(path.steps.map((s) => s.name)).toEqual([
      'Family details',
      'Consent',
      'Plan',
      'The family’s week',
      'Find a time',
      'Agenda and invitations',
      'Run the meeting',
      'Minutes',
      'The family’s review',
      'Sharing',
      'The next review',
    ]);
    for (const s of path.steps) {
      expect(s.reason, s.id).toMatch(/\S+ \S+/);
      expect(s.target.familyId).toBe(ids.family);
    }
  });
});

describe('a new family', () => {
  test('has its details done and everything else still to start; consent comes next', () => {
    const path = familyPath(newFamily(), NOW);
    expect(path.steps.map((s) => s.status)).toEqual(['done', ...Array<StepStatus>(10).fill('not-started')]);
    expect(path.next?.id).toBe('consent');
    expect(path.next?.action).toBe('Record consent');
    expect(path.next?.target).toEqual({ screen: 'consent', familyId: ids.family });
  });

  test('with no way to contact them, their details need attention first', () => {
    const family = newFamily().family;
    const unreachable = {
      ...family,
      carers: family.carers.map((c) => ({ ...c, phone: '', email: '' })),
      households: family.households.map((h) => ({ ...h, phone: '', address: { line1: '', line2: '', town: '', postcode: '' } })),
    };
    const path = familyPath(newFamily({ family: unreachable }), NOW);
    expect(stepOf(path, 'family-details')).toMatchObject({ status: 'needs-attention', target: { screen: 'family-edit' } });
    expect(path.next?.id).toBe('family-details');
  });
});

describe('consent', () => {
  test('early help alone is in progress until consent to share is recorded', () => {
    expect(statusOf(familyPath(newFamily({ consent: [given(earlyHelp, '2026-11-02')] }), NOW), 'consent')).toBe('in-progress');
    expect(statusOf(familyPath(ready(), NOW), 'consent')).toBe('done');
  });

  test('withdrawn consent needs attention, and says when', () => {
    const s = stepOf(familyPath(ready({ consent: [given(earlyHelp, '2026-11-02'), withdrawn(earlyHelp, '2026-11-20')] }), NOW), 'consent');
    expect(s.status).toBe('needs-attention');
    expect(s.reason).toBe('The family withdrew early help on 20 November 2026.');
  });

  test('consent past its review date needs attention on the fixed clock, not before', () => {
    const input = ready({ consent: [given(earlyHelp, '2026-05-02', { reviewBy: '2026-11-20' }), given(share(school), '2026-05-02')] });
    expect(statusOf(familyPath(input, NOW), 'consent')).toBe('needs-attention');
    expect(statusOf(familyPath(input, new Date('2026-11-19T10:00:00Z')), 'consent')).toBe('done');
  });

  test('consent to share that is due for review names who it is with', () => {
    const s = stepOf(familyPath(ready({ consent: [given(earlyHelp, '2026-05-02'), given(share(school), '2026-05-02', { reviewBy: '2026-11-01' })] }), NOW), 'consent');
    expect(s).toMatchObject({ status: 'needs-attention', reason: 'Consent to share information with School is due for review.' });
  });
});

describe('plan and the family’s week', () => {
  test('a plan started is done; the next step is the family’s week', () => {
    const path = familyPath(newFamily({ consent: ready().consent, plans: [plan()] }), NOW);
    expect(stepOf(path, 'plan')).toMatchObject({ status: 'done', reason: 'Started on 2 November 2026, with Sam Patel as lead professional.' });
    expect(path.next?.id).toBe('family-week');
  });

  test('without a plan, the step opens the form to start one', () => {
    expect(stepOf(familyPath(newFamily(), NOW), 'plan').target).toEqual({ screen: 'plan-new', familyId: ids.family });
  });

  test('a week told by one of two carers is in progress', () => {
    const input = ready();
    const one = { members: { [ids.mum]: input.timetable?.members[ids.mum] ?? { busy: [], unavailable: [], preferred: [], eveningsAcceptable: false, weekendsAcceptable: false } } };
    expect(stepOf(familyPath({ ...input, timetable: one }, NOW), 'family-week')).toMatchObject({ status: 'in-progress', reason: 'The week is recorded for 1 of 2 parents and carers.' });
  });

  test('the week can be left out: once a meeting is planned it is no longer what to do next', () => {
    const path = familyPath(ready({ timetable: null, meetings: [meeting()] }), NOW);
    expect(statusOf(path, 'family-week')).toBe('not-started');
    expect(path.next?.id).toBe('agenda-and-invitations');
  });
});

describe('finding a time, the agenda and invitations', () => {
  test('with no meeting, "find a time" opens the finder for a first meeting, without a date', () => {
    const path = familyPath(ready(), NOW);
    expect(path.next).toMatchObject({ id: 'find-a-time', status: 'not-started', action: 'Find a time', target: { screen: 'find-a-time', familyId: ids.family, kind: 'first' } });
  });

  test('a planned meeting: the time is found, the invitations are still to send', () => {
    const path = familyPath(ready({ meetings: [meeting()] }), NOW);
    expect(stepOf(path, 'find-a-time')).toMatchObject({ status: 'done', reason: 'First meeting planned for Thursday 3 December 2026 at 4pm.' });
    expect(path.next).toMatchObject({ id: 'agenda-and-invitations', status: 'not-started', action: 'Send the invitations', target: { screen: 'meeting', meetingId: MEETING } });
  });

  test('invitations for some is in progress; for everyone, done; next is running the meeting', () => {
    const some = familyPath(ready({ meetings: [meeting()], invitationsSent: [{ meetingId: MEETING, recipients: [ids.mum] }] }), NOW);
    expect(stepOf(some, 'agenda-and-invitations')).toMatchObject({ status: 'in-progress', reason: 'Invitations made for 1 of 2 people.' });
    const all = familyPath(ready({ meetings: [meeting()], invitationsSent: sentToAll }), NOW);
    expect(statusOf(all, 'agenda-and-invitations')).toBe('done');
    expect(all.next).toMatchObject({ id: 'run-the-meeting', status: 'not-started', reason: 'The meeting is on Thursday 3 December 2026 at 4pm.' });
  });

  const changed = (startsAt: string) =>
    meeting({
      startsAt,
      changes: [{ id: 'change-0001', at: '2026-11-18T09:00:00.000Z', what: 'The time changed', told: [{ inviteeId: ids.mum, toldAt: null, how: null }] }],
    });

  test('a change the family has not been told about needs attention before the meeting', () => {
    const s = stepOf(familyPath(ready({ meetings: [changed('2026-12-03T16:00:00+00:00[Europe/London]')], invitationsSent: sentToAll }), NOW), 'agenda-and-invitations');
    expect(s).toMatchObject({ status: 'needs-attention', action: 'Tell the family' });
  });

  test('no stale notice: once the meeting has happened, the untold change is no longer raised', () => {
    const s = stepOf(familyPath(ready({ meetings: [changed(PAST.startsAt)] }), NOW), 'agenda-and-invitations');
    expect(s).toMatchObject({ status: 'done', reason: 'The meeting has taken place.' });
  });

  test('when the only meeting was cancelled, a new time is needed', () => {
    const path = familyPath(ready({ meetings: [meeting({ status: 'cancelled' })] }), NOW);
    expect(path.next).toMatchObject({ id: 'find-a-time', status: 'needs-attention', action: 'Find a new time' });
  });
});

describe('running the meeting', () => {
  test('a day passed with nothing recorded needs attention', () => {
    const path = familyPath(ready({ meetings: [meeting(PAST)] }), NOW);
    expect(path.next).toMatchObject({ id: 'run-the-meeting', status: 'needs-attention', reason: 'The meeting on 19 November 2026 has passed, but nothing was recorded.' });
  });

  test('on the day itself, after the start, it is still simply to run', () => {
    const today = meeting({ startsAt: '2026-11-23T09:30:00+00:00[Europe/London]' });
    expect(statusOf(familyPath(ready({ meetings: [today] }), NOW), 'run-the-meeting')).toBe('not-started');
  });

  test('started is in progress; finished is done and the minutes come next', () => {
    expect(statusOf(familyPath(ready({ meetings: [meeting(PAST)], records: [record(MEETING, 'in-progress')] }), NOW), 'run-the-meeting')).toBe('in-progress');
    const path = familyPath(ready({ meetings: [meeting(PAST)], records: [record(MEETING, 'finished')] }), NOW);
    expect(stepOf(path, 'run-the-meeting')).toMatchObject({ status: 'done', reason: 'Held on 19 November 2026.' });
    expect(path.next).toMatchObject({ id: 'minutes', status: 'not-started', action: 'Write the minutes', target: { screen: 'minutes', meetingId: MEETING } });
  });
});

describe('the minutes, the family’s review and sharing', () => {
  const after = (rows: ReturnType<typeof minutes>[]) => familyPath(ready({ meetings: [meeting(PAST)], records: [record(MEETING, 'finished')], minutes: rows }), NOW);

  test('a draft is in progress', () => {
    expect(after([minutes(MEETING, [])]).next).toMatchObject({ id: 'minutes', status: 'in-progress' });
  });

  test('sent to the family: the review is in progress, and its button records their answer', () => {
    const path = after([minutes(MEETING, ['sent-to-family'])]);
    expect(statusOf(path, 'minutes')).toBe('done');
    expect(path.next).toMatchObject({ id: 'family-review', status: 'in-progress', action: 'Record the family’s answer', target: { screen: 'minutes-response', meetingId: MEETING } });
    expect(path.next?.reason).toBe('Sent to the family to check on 21 November 2026. Record their answer when it comes.');
  });

  test('the family disagree: needs attention; they agree: make it final', () => {
    expect(after([minutes(MEETING, ['sent-to-family', 'family-responded'], 'disagrees')]).next).toMatchObject({ id: 'family-review', status: 'needs-attention' });
    expect(after([minutes(MEETING, ['sent-to-family', 'family-responded'], 'agreed')]).next).toMatchObject({ id: 'family-review', status: 'in-progress', action: 'Make the minutes final' });
  });

  test('final: sharing comes next, on the export screen; shared: done', () => {
    const final = after([minutes(MEETING, ['sent-to-family', 'family-responded', 'finalised'], 'agreed')]);
    expect(statusOf(final, 'family-review')).toBe('done');
    expect(final.next).toMatchObject({ id: 'sharing', status: 'not-started', action: 'Share the minutes', target: { screen: 'minutes-export', meetingId: MEETING } });
    const shared = after([minutes(MEETING, ['sent-to-family', 'family-responded', 'finalised', 'shared'], 'agreed')]);
    expect(statusOf(shared, 'sharing')).toBe('done');
    expect(shared.next).toMatchObject({ id: 'next-review', target: { screen: 'find-a-time', kind: 'review' } });
  });
});

describe('the next review', () => {
  const shared = minutes(MEETING, ['sent-to-family', 'family-responded', 'finalised', 'shared'], 'agreed');
  const held = { meetings: [meeting(PAST)], records: [record(MEETING, 'finished')], minutes: [shared], invitationsSent: sentToAll };

  test('after the first meeting, it is due by the plan’s frequency from the meeting held', () => {
    const path = familyPath(ready(held), NOW);
    expect(path.next).toMatchObject({ id: 'next-review', status: 'not-started', reason: 'The next review is due by 31 December 2026.', action: 'Plan the review' });
  });

  test('overdue on a later day of the fixed clock', () => {
    const later = new Date('2027-01-05T10:00:00Z');
    expect(familyPath(ready(held), later).next).toMatchObject({ id: 'next-review', status: 'needs-attention', reason: 'The review was due on 31 December 2026.' });
  });

  test('a review planned starts the meeting steps again for it', () => {
    const review = meeting({ id: REVIEW, kind: 'review', startsAt: '2026-12-17T16:00:00+00:00[Europe/London]' });
    const path = familyPath(ready({ ...held, meetings: [meeting(PAST), review] }), NOW);
    expect(stepOf(path, 'find-a-time').reason).toBe('Review meeting planned for Thursday 17 December 2026 at 4pm.');
    expect(statusOf(path, 'minutes')).toBe('not-started');
    expect(stepOf(path, 'next-review')).toMatchObject({ status: 'in-progress', reason: 'The review meeting is on 17 December 2026.' });
    expect(path.next).toMatchObject({ id: 'agenda-and-invitations', target: { meetingId: REVIEW } });
  });

  test('a meeting whose minutes are not shared stays in hand, before a later one', () => {
    const review = meeting({ id: REVIEW, kind: 'review', startsAt: '2026-12-17T16:00:00+00:00[Europe/London]' });
    const path = familyPath(ready({ meetings: [meeting(PAST), review], records: [record(MEETING, 'finished')] }), NOW);
    expect(path.next).toMatchObject({ id: 'minutes', target: { meetingId: MEETING } });
  });

  test('a closed plan needs no review: with everything done there is nothing to do next', () => {
    const closed = plan({
      statusHistory: [
        { status: 'active', on: '2026-11-02', reason: '', recordedBy: 'Sam Patel' },
        { status: 'closed', on: '2026-11-21', reason: 'Things are better', recordedBy: 'Sam Patel' },
      ],
    });
    const path = familyPath(ready({ ...held, plans: [closed] }), NOW);
    expect(path.steps.every((s) => s.status === 'done')).toBe(true);
    expect(path.next).toBeNull();
  });
});
