import { useCallback } from 'react';
import { useAreaSettings } from '../../data/hooks/useSettings';
import { idlePolicy, type IdlePolicy } from './idle-timer';
import { lockAfterMinutes } from './lock-settings';
import { LockWarning } from './LockWarning';
import { isMeetingScreen } from './meeting-screen';
import { useIdleLock } from './useIdleLock';

/**
 * The idle lock while the app is open: the usual time everywhere, and on the live meeting screen
 * or the family's review the area's time with a warning first (record 0040).
 */
export function IdleLock({ onIdle }: { onIdle(minutes: number): void }) {
  const area = useAreaSettings();
  const meetingMinutes = area.meetingLockAfterMinutes;
  const policy = useCallback(
    () => idlePolicy({ usualMinutes: lockAfterMinutes(), meetingMinutes, onMeetingScreen: isMeetingScreen(window.location.hash) }),
    [meetingMinutes],
  );
  const locked = useCallback((rule: IdlePolicy) => onIdle(Math.round(rule.lockAfterMs / 60_000)), [onIdle]);
  const { secondsLeft, stayUnlocked } = useIdleLock(locked, true, policy);
  return secondsLeft === null ? null : <LockWarning secondsLeft={secondsLeft} onStay={stayUnlocked} />;
}
