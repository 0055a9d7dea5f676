/**
 * How long Team Around may sit unused before it locks itself. Kept on this computer outside the
 * encrypted database, because it is needed while locked and says nothing about anyone.
 */
const KEY = 'team-around:lock-after-minutes';
export const DEFAULT_LOCK_AFTER_MINUTES = 10;
export const LOCK_AFTER_CHOICES = [2, 5, 10, 15, 30] as const;

export function lockAfterMinutes(storage: Storage = localStorage): number {
  const value = Number(storage.getItem(KEY));
  return (LOCK_AFTER_CHOICES as readonly number[]).includes(value) ? value : DEFAULT_LOCK_AFTER_MINUTES;
}

export function setLockAfterMinutes(minutes: number, storage: Storage = localStorage): void {
  if ((LOCK_AFTER_CHOICES as readonly number[]).includes(minutes)) storage.setItem(KEY, String(minutes));
}
