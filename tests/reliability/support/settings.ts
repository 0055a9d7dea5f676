/** Run counts and seeds, from the environment so CI and a developer's machine can differ. */

function isCi(env: NodeJS.ProcessEnv): boolean {
  const ci = env.CI?.trim().toLowerCase();
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}

function positiveInteger(text: string | undefined): number | undefined {
  const value = Number(text);
  return text !== undefined && text.trim() !== '' && Number.isInteger(value) && value > 0 ? value : undefined;
}

/** RELIABILITY_RUNS, else 200 on CI and 20 locally. */
export function abruptTerminationRuns(env: NodeJS.ProcessEnv = process.env): number {
  return positiveInteger(env.RELIABILITY_RUNS) ?? (isCi(env) ? 200 : 20);
}

/** RELIABILITY_LOOPS: how many kill loops share the runs side by side, each on its own profile (default 2). */
export function abruptTerminationLoops(env: NodeJS.ProcessEnv = process.env): number {
  return positiveInteger(env.RELIABILITY_LOOPS) ?? 2;
}

/** RELIABILITY_MIGRATION_RUNS, else 10. */
export function migrationRuns(env: NodeJS.ProcessEnv = process.env): number {
  return positiveInteger(env.RELIABILITY_MIGRATION_RUNS) ?? 10;
}

/** RELIABILITY_SEED to replay a run's kill moments, else a fresh seed (printed with the figures). */
export function reliabilitySeed(env: NodeJS.ProcessEnv = process.env): number {
  return positiveInteger(env.RELIABILITY_SEED) ?? Math.floor(Math.random() * 2 ** 31) + 1;
}

/** RELIABILITY_RESET_EVERY: the abrupt-termination runs delete the IndexedDB folder after every Nth kill (default 10). */
export function simulatedResetEvery(env: NodeJS.ProcessEnv = process.env): number {
  return positiveInteger(env.RELIABILITY_RESET_EVERY) ?? 10;
}

/** RELIABILITY_ROTATION_RUNS, else 50. */
export function rotationRuns(env: NodeJS.ProcessEnv = process.env): number {
  return positiveInteger(env.RELIABILITY_ROTATION_RUNS) ?? 50;
}
