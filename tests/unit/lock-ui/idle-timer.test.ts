/** The idle lock's timing on a fake clock: when it warns, counts down and locks, on which screens. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { idlePolicy, idleState, WARN_FOR_MS } from '../../../renderer/features/lock/idle-timer';
import { isMeetingScreen } from '../../../renderer/features/lock/meeting-screen';

const MINUTE = 60_000;

describe('idle policy', () => {
  it('keeps the usual time, with no warning, away from a meeting', () => {
    expect(idlePolicy({ usualMinutes: 10, meetingMinutes: 45, onMeetingScreen: false })).toEqual({ lockAfterMs: 10 * MINUTE, warnForMs: 0 });
  });

  it('uses the area’s longer time on a meeting screen, with a minute’s warning', () => {
    expect(idlePolicy({ usualMinutes: 10, meetingMinutes: 45, onMeetingScreen: true })).toEqual({ lockAfterMs: 45 * MINUTE, warnForMs: WARN_FOR_MS });
  });

  it('never makes a meeting screen lock sooner than the usual time', () => {
    expect(idlePolicy({ usualMinutes: 30, meetingMinutes: 15, onMeetingScreen: true }).lockAfterMs).toBe(30 * MINUTE);
    expect(idlePolicy({ usualMinutes: 5, meetingMinutes: null, onMeetingScreen: true }).lockAfterMs).toBe(5 * MINUTE);
  });
});

describe('idle state on a fake clock', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-02T10:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('warns a minute before locking, counts down, then locks', () => {
    const policy = idlePolicy({ usualMinutes: 10, meetingMinutes: 20, onMeetingScreen: true });
    const lastUse = Date.now();
    const after = (ms: number) => {
      vi.advanceTimersByTime(ms);
      return idleState(Date.now() - lastUse, policy);
    };
    expect(after(18 * MINUTE)).toEqual({ kind: 'active' });
    expect(after(MINUTE - 1)).toEqual({ kind: 'active' });
    expect(after(1)).toEqual({ kind: 'warning', secondsLeft: 60 });
    expect(after(30_500)).toEqual({ kind: 'warning', secondsLeft: 30 });
    expect(after(29_499)).toEqual({ kind: 'warning', secondsLeft: 1 });
    expect(after(1)).toEqual({ kind: 'lock' });
  });

  it('starts again from the moment the chair stays unlocked', () => {
    const policy = idlePolicy({ usualMinutes: 10, meetingMinutes: null, onMeetingScreen: true });
    let lastUse = Date.now();
    vi.advanceTimersByTime(9.5 * MINUTE);
    expect(idleState(Date.now() - lastUse, policy).kind).toBe('warning');
    lastUse = Date.now();
    vi.advanceTimersByTime(8 * MINUTE);
    expect(idleState(Date.now() - lastUse, policy)).toEqual({ kind: 'active' });
    vi.advanceTimersByTime(2 * MINUTE);
    expect(idleState(Date.now() - lastUse, policy)).toEqual({ kind: 'lock' });
  });

  it('locks without a warning away from a meeting', () => {
    const policy = idlePolicy({ usualMinutes: 5, meetingMinutes: 60, onMeetingScreen: false });
    const lastUse = Date.now();
    vi.advanceTimersByTime(5 * MINUTE - 1);
    expect(idleState(Date.now() - lastUse, policy)).toEqual({ kind: 'active' });
    vi.advanceTimersByTime(1);
    expect(idleState(Date.now() - lastUse, policy)).toEqual({ kind: 'lock' });
  });
});

describe('meeting screens', () => {
  it('are the live meeting screen, the family’s review and the hand-over', () => {
    expect(isMeetingScreen('#/families/f1234567/meetings/m1234567/run')).toBe(true);
    expect(isMeetingScreen('#/families/f1234567/meetings/m1234567/minutes/review')).toBe(true);
    expect(isMeetingScreen('#/hand-over/f1234567/m1234567')).toBe(true);
    expect(isMeetingScreen('#/families/f1234567/meetings/m1234567')).toBe(false);
    expect(isMeetingScreen('#/families/f1234567/meetings/m1234567/minutes')).toBe(false);
    expect(isMeetingScreen('#/settings')).toBe(false);
    expect(isMeetingScreen('')).toBe(false);
  });
});
