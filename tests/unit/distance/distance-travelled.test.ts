import { describe, expect, it } from 'vitest';
import { USUAL_SCALING_QUESTION } from '../../../shared/domain/scaling-scale';
import { actionOutcomeWords, distanceTravelled, scalingTrendWords } from '../../../shared/rules/distance-travelled';
import { more } from '../minutes/fixtures';
import { meetings, MUM, NURSE, plan, records, TODAY } from './fixtures';

describe('distance travelled', () => {
  const series = distanceTravelled({ plan, meetings, records, today: TODAY });

  it('takes the plan’s held meetings in date order, leaving out cancelled ones and those before the plan', () => {
    expect(series.meetings).toEqual([
      { meetingId: 'meeting-0101', on: '2026-03-02' },
      { meetingId: 'meeting-0102', on: '2026-04-13' },
      { meetingId: more.meeting, on: '2026-06-01' },
    ]);
  });

  it('gives each person’s score at each meeting, blank where they gave none', () => {
    expect(series.scaling).toHaveLength(1);
    const [scaling] = series.scaling;
    expect(scaling?.question).toBe(USUAL_SCALING_QUESTION);
    expect(scaling?.people).toEqual([
      { name: MUM, scores: [3, 5, 7] },
      { name: NURSE, scores: [3, null, 5] },
      { name: 'Gran', scores: [null, 4, null] },
    ]);
    expect(scaling?.averages).toEqual([3, 4.5, 6]);
  });

  it('counts the earlier actions done, partly done and not done at each review', () => {
    expect(series.actions).toEqual([
      { meetingId: 'meeting-0102', on: '2026-04-13', done: 2, partly: 1, notDone: 1 },
      { meetingId: more.meeting, on: '2026-06-01', done: 3, partly: 1, notDone: 0 },
    ]);
    expect(series.actions.map(actionOutcomeWords)).toEqual([
      'At the review on 13 April 2026, 4 earlier actions were looked at: 2 done, 1 partly done and 1 not done.',
      'At the review on 1 June 2026, 4 earlier actions were looked at: 3 done and 1 partly done.',
    ]);
  });

  it('says when no earlier action had how it went recorded, and counts one action in the singular', () => {
    expect(actionOutcomeWords({ meetingId: 'm', on: '2026-06-01', done: 0, partly: 0, notDone: 0 })).toBe('At the review on 1 June 2026, no earlier action had how it went recorded.');
    expect(actionOutcomeWords({ meetingId: 'm', on: '2026-06-01', done: 0, partly: 0, notDone: 1 })).toBe('At the review on 1 June 2026, 1 earlier action was looked at: 1 not done.');
  });

  it('says the trend in words', () => {
    expect(series.scaling.map(scalingTrendWords)).toEqual([
      'Scaling went up from 3 at the first meeting on 2 March 2026 to 6 on 1 June 2026 (the average of everyone’s scores).',
    ]);
  });

  it('stops at the meeting whose minutes are written, and at today', () => {
    expect(distanceTravelled({ plan, meetings, records, today: TODAY, upTo: 'meeting-0102' }).meetings.map((m) => m.on)).toEqual(['2026-03-02', '2026-04-13']);
    expect(distanceTravelled({ plan, meetings, records, today: '2026-05-31' }).meetings.map((m) => m.on)).toEqual(['2026-03-02', '2026-04-13']);
  });

  it('leaves out meetings after a plan ended', () => {
    const closed = { ...plan, statusHistory: [...plan.statusHistory, { status: 'closed' as const, on: '2026-05-01', reason: 'Done', recordedBy: 'Sam Patel' }] };
    expect(distanceTravelled({ plan: closed, meetings, records, today: TODAY }).meetings).toHaveLength(2);
  });

  it('keeps a changed question as a series of its own, and says when there is nothing to compare', () => {
    const asked = records.map((r) => (r.id === more.meeting ? { ...r, scalingQuestion: 'How safe does Amir feel at home?' } : r));
    const split = distanceTravelled({ plan, meetings, records: asked, today: TODAY });
    expect(split.scaling.map((s) => s.question)).toEqual([USUAL_SCALING_QUESTION, 'How safe does Amir feel at home?']);
    expect(scalingTrendWords(split.scaling[1]!)).toBe(
      'Scaling was 6 at the meeting on 1 June 2026 (the average of everyone’s scores). There is no later meeting to compare it with yet.',
    );
  });

  it('says when scaling stayed the same', () => {
    const same = records.map((r) => (r.id === more.meeting ? { ...r, scaling: [{ id: 'scale-x', attendeeId: null, name: 'Mum', score: 3, reason: '' }] } : r)).filter((r) => r.id !== 'meeting-0102');
    expect(scalingTrendWords(distanceTravelled({ plan, meetings, records: same, today: TODAY }).scaling[0]!)).toBe(
      'Scaling stayed at 3 from the first meeting on 2 March 2026 to 1 June 2026 (the average of everyone’s scores).',
    );
  });
});
