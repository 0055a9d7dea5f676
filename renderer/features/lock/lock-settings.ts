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

const QUICK_KEY = 'team-around:quick-unlock';

/** Only whether quick unlock was switched on (so the unlock screen offers it); the key itself is in the OS store. */
export function isQuickUnlockOn(storage: Storage = localStorage): boolean {
  return storage.getItem(QUICK_KEY) === 'on';
}

export function setQuickUnlockOn(on: boolean, storage: Storage = localStorage): void {
  if (on) storage.setItem(QUICK_KEY, 'on');
  else storage.removeItem(QUICK_KEY);
}
