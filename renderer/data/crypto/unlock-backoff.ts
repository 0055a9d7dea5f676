/**
 * How long to wait before the next unlock attempt after wrong passphrases. A few free tries, then
 * the delay doubles, capped at 30 seconds: slows guessing at the screen, never locks anyone out
 * for good (the slow key derivation is what protects a copied database).
 */
export const FREE_ATTEMPTS = 3;
export const FIRST_DELAY_MS = 1_000;
export const MAX_DELAY_MS = 30_000;

export function unlockDelayMs(consecutiveFailures: number): number {
  if (!Number.isFinite(consecutiveFailures) || consecutiveFailures < FREE_ATTEMPTS) return 0;
  const doublings = Math.min(Math.floor(consecutiveFailures) - FREE_ATTEMPTS, 16);
  return Math.min(FIRST_DELAY_MS * 2 ** doublings, MAX_DELAY_MS);
}

/** When the next attempt may start, in milliseconds since the epoch. */
export function nextUnlockAllowedAt(lastFailureAt: number, consecutiveFailures: number): number {
  return lastFailureAt + unlockDelayMs(consecutiveFailures);
}

/** Words for the unlock screen while waiting, or undefined when an attempt is allowed. */
export function unlockWaitMessage(now: number, lastFailureAt: number, consecutiveFailures: number): string | undefined {
  const waitMs = nextUnlockAllowedAt(lastFailureAt, consecutiveFailures) - now;
  if (waitMs <= 0) return undefined;
  const seconds = Math.ceil(waitMs / 1000);
  return `That passphrase was not right several times. You can try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`;
}
