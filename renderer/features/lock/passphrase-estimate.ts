/**
 * Loads the passphrase estimator only when a screen that sets a passphrase asks for it, so its
 * dictionaries stay out of the start-up bundle. One load, shared.
 */
import type { Estimate, estimate } from './zxcvbn-estimator';

type Estimator = { estimate: typeof estimate };

let loading: Promise<Estimator> | undefined;

function estimator(): Promise<Estimator> {
  loading ??= import('./zxcvbn-estimator');
  return loading;
}

/** Starts loading ahead of need (when the screen opens). */
export function preloadPassphraseEstimator(): void {
  void estimator().catch(() => {
    loading = undefined;
  });
}

export async function estimatePassphrase(passphrase: string): Promise<Estimate> {
  return (await estimator()).estimate(passphrase);
}
