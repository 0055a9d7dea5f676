/** When the backup reminder shows, counted in calendar days in London. */
import { describe, expect, it } from 'vitest';
import { reminderSentence, reminderState } from '../../../renderer/features/backup/backup-words';

const now = new Date('2026-11-23T10:00:00Z');

describe('backup reminder', () => {
  it('shows once the chosen number of days has passed, and says how many', () => {
    const state = reminderState({ lastBackupAt: '2026-11-14T09:00:00Z', remindAfterDays: 7, hasData: true, now });
    expect(state).toEqual({ due: true, days: 9 });
    if (state.due) expect(reminderSentence(state)).toBe('You have not made a backup for 9 days.');
    expect(reminderState({ lastBackupAt: '2026-11-17T08:00:00Z', remindAfterDays: 7, hasData: true, now })).toEqual({ due: false });
    expect(reminderState({ lastBackupAt: '2026-11-16T09:00:00Z', remindAfterDays: 7, hasData: true, now })).toEqual({ due: true, days: 7 });
    expect(reminderState({ lastBackupAt: '2026-11-22T09:00:00Z', remindAfterDays: 1, hasData: true, now })).toEqual({ due: true, days: 1 });
  });

  it('counts days in London, whatever the clock’s own zone (23:30 UTC in summer is the next day)', () => {
    expect(reminderState({ lastBackupAt: '2026-07-01T23:30:00Z', remindAfterDays: 7, hasData: true, now: new Date('2026-07-08T12:00:00Z') })).toEqual({ due: false });
  });

  it('asks for a first backup only when there is something to back up', () => {
    const never = reminderState({ lastBackupAt: null, remindAfterDays: 7, hasData: true, now });
    expect(never).toEqual({ due: true, days: null });
    if (never.due) expect(reminderSentence(never)).toBe('You have not made a backup of the records on this computer yet.');
    expect(reminderState({ lastBackupAt: null, remindAfterDays: 7, hasData: false, now })).toEqual({ due: false });
  });
});
