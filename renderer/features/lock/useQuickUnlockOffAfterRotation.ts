import { useEffect } from 'react';
import { rotationStatus, subscribeRotationStatus } from '../../data/lock/rotation-status';
import { setQuickUnlockOn } from './lock-settings';

/**
 * When a key rotation finishes, wherever the user is: the computer's key store held the old key and
 * has been told to forget it, so the unlock screen stops offering quick unlock (docs/decisions/0044).
 */
export function useQuickUnlockOffAfterRotation(): void {
  useEffect(
    () =>
      subscribeRotationStatus(() => {
        if (rotationStatus().state === 'finished') setQuickUnlockOn(false);
      }),
    [],
  );
}
