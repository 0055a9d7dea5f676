import { useSyncExternalStore } from 'react';
import { rotationStatus, subscribeRotationStatus, type RotationStatus } from '../../data/lock/rotation-status';

/** The key rotation running in the background, as it goes. */
export function useRotationStatus(): RotationStatus {
  return useSyncExternalStore(subscribeRotationStatus, rotationStatus);
}
