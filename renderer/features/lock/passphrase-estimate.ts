/**
 * Loads the passphrase estimator only when a passphrase being set first needs estimating, so its
 * dictionaries stay out of the start-up bundle and off screens where nobody sets one. One load, shared.
 */
import type { Estimate, estimate } from './zxcvbn-estimator';

type Estimator = { estimate: typeof estimate };

let loading: Promise<Estimator> | undefined;

function estimator(): Promise<Estimator> {
  loading ??= import('./zxcvbn-estimator').catch((error: unknown) => {
    // A failed load is tried again next time.
    loading = undefined;
    throw error;
  });
  return loading;
}

export async function estimatePassphrase(passphrase: string): Promise<Estimate> {
  return (await estimator()).estimate(passphrase);
}
