import { useState } from 'react';
import { toStorageError } from '../../data/errors';

export interface StepState {
  busy: boolean;
  /** Why the last attempt did not work, in plain words. */
  problem: string | null;
  /** Runs a change; `false` when it did not happen (the problem is set). */
  run(change: () => Promise<{ ok: true } | { ok: false; message: string }>): Promise<boolean>;
  clear(): void;
}

/** One workflow step at a time, with its refusal or storage problem kept to show beside the button. */
export function useStep(): StepState {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  return {
    busy,
    problem,
    clear: () => setProblem(null),
    async run(change) {
      if (busy) return false;
      setBusy(true);
      setProblem(null);
      try {
        const result = await change();
        if (!result.ok) {
          setProblem(result.message);
          return false;
        }
        return true;
      } catch (error) {
        setProblem(toStorageError(error).message);
        return false;
      } finally {
        setBusy(false);
      }
    },
  };
}
