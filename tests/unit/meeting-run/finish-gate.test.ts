import { describe, expect, it } from 'vitest';
import { meetingOutcomeSchema, type MeetingOutcome, type MeetingRecord } from '../../../shared/domain/meeting-record';
import { checkFinish } from '../../../shared/rules/meeting-run/finish-gate';

const record = (outcome: Partial<MeetingOutcome>, status: MeetingRecord['status'] = 'in-progress') => ({ status, outcome: meetingOutcomeSchema.parse(outcome) });
const DAY = '2026-12-03';

describe('whether a meeting can be finished', () => {
  it('refuses with no outcome and no next review date, naming both ways to finish', () => {
    expect(checkFinish(record({}), DAY)).toEqual({
      ok: false,
      field: 'nextReviewDate',
      reason: 'Set the date of the next review, or choose “Close the plan” as the outcome, before you finish the meeting.',
    });
  });

  it('refuses an outcome that carries on without a date, saying why a date is needed', () => {
    expect(checkFinish(record({ decision: 'continue' }), DAY)).toEqual({
      ok: false,
      field: 'nextReviewDate',
      reason: 'The outcome is “Carry on with the plan”, so the team will meet again: set the date of the next review before you finish the meeting.',
    });
    expect(checkFinish(record({ decision: 'step-up' }), DAY)).toMatchObject({ ok: false, reason: expect.stringContaining('“Step up”') });
  });

  it('finishes with a next review date after the meeting', () => {
    expect(checkFinish(record({ decision: 'continue', nextReviewDate: '2027-01-14' }), DAY)).toEqual({ ok: true });
    expect(checkFinish(record({ nextReviewDate: '2026-12-04' }), DAY)).toEqual({ ok: true });
  });

  it('finishes a closing meeting without a next review date', () => {
    expect(checkFinish(record({ decision: 'close' }), DAY)).toEqual({ ok: true });
  });

  it('refuses a next review on or before the meeting day', () => {
    expect(checkFinish(record({ decision: 'continue', nextReviewDate: DAY }), DAY)).toEqual({
      ok: false,
      field: 'nextReviewDate',
      reason: 'The next review must be after this meeting, which is on 3 December 2026. Choose a later date.',
    });
  });

  it('refuses to finish a meeting twice', () => {
    expect(checkFinish(record({ decision: 'close' }, 'finished'), DAY)).toEqual({ ok: false, field: 'status', reason: 'This meeting has already been finished.' });
  });
});
