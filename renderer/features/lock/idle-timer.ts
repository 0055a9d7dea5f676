/**
 * When the idle lock warns and when it locks, as pure arithmetic on how long the app has been
 * unused, so it can be tested on a fake clock. On the live meeting screen and the family's review
 * the app warns a minute before locking and the area may allow a longer time (record 0040).
 */
export interface IdlePolicy {
  /** How long without use before the app locks. */
  lockAfterMs: number;
  /** How long before locking the warning shows; 0 for no warning. */
  warnForMs: number;
}

export type IdleState = { kind: 'active' } | { kind: 'warning'; secondsLeft: number } | { kind: 'lock' };

export const WARN_FOR_MS = 60_000;

export function idleState(idleMs: number, policy: IdlePolicy): IdleState {
  if (idleMs >= policy.lockAfterMs) return { kind: 'lock' };
  const left = policy.lockAfterMs - idleMs;
  if (policy.warnForMs > 0 && left <= policy.warnForMs) return { kind: 'warning', secondsLeft: Math.ceil(left / 1000) };
  return { kind: 'active' };
}

/**
 * The usual lock time everywhere; during a meeting, the area's longer time if it set one (never
 * shorter than the usual time), with a warning first.
 */
export function idlePolicy(input: { usualMinutes: number; meetingMinutes: number | null; onMeetingScreen: boolean }): IdlePolicy {
  if (!input.onMeetingScreen) return { lockAfterMs: input.usualMinutes * 60_000, warnForMs: 0 };
  const minutes = Math.max(input.usualMinutes, input.meetingMinutes ?? input.usualMinutes);
  return { lockAfterMs: minutes * 60_000, warnForMs: WARN_FOR_MS };
}
