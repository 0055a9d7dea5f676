/**
 * Failed unlock attempts, kept outside the encrypted database (which cannot be written while
 * locked) so that the wait between attempts survives a restart and the attempts reach the audit
 * trail at the next unlock. Only times are kept: nothing typed.
 */
const KEY = 'team-around:failed-unlocks';
const MAX_KEPT = 100;

export function failedAttempts(storage: Storage = localStorage): string[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((t): t is string => typeof t === 'string' && !Number.isNaN(Date.parse(t))) : [];
  } catch {
    return [];
  }
}

export function recordFailedAttempt(at: Date, storage: Storage = localStorage): string[] {
  const attempts = [...failedAttempts(storage), at.toISOString()].slice(-MAX_KEPT);
  storage.setItem(KEY, JSON.stringify(attempts));
  return attempts;
}

export function clearFailedAttempts(storage: Storage = localStorage): void {
  storage.removeItem(KEY);
}
