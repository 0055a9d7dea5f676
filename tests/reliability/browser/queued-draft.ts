/** A draft saved the way forms save: SaveQueue over the drafts repository. `save` waits for the queue's own verdict. */
import type { DraftRepository } from '../../../renderer/data/repositories/drafts';
import { SaveQueue, type SaveState } from '../../../renderer/data/save-queue';

export type SaveOutcome = { status: 'saved' } | { status: 'failed'; message: string };

export interface QueuedDraft<T> {
  /** Pushes `value` and resolves with the next "saved" or "failed" the queue reports. */
  save(value: T): Promise<SaveOutcome>;
  /** Retries the value that failed, as the form's "try again" would. */
  retry(): Promise<SaveOutcome>;
}

export function queuedDraft<T>(drafts: DraftRepository, key: string): QueuedDraft<T> {
  let waiting: ((outcome: SaveOutcome) => void) | undefined;
  let last: SaveOutcome = { status: 'saved' };
  const queue = new SaveQueue<T>(
    (value) => drafts.save(key, value),
    (state: SaveState) => {
      if (state.status === 'saved') last = { status: 'saved' };
      else if (state.status === 'failed') last = { status: 'failed', message: state.message };
      else return;
      waiting?.(last);
      waiting = undefined;
    },
  );
  const next = (start: () => void) =>
    new Promise<SaveOutcome>((resolve) => {
      waiting = resolve;
      start();
    });
  return {
    save: (value) => next(() => queue.push(value)),
    // Nothing to retry after a save that succeeded: the queue would stay silent.
    retry: () => (last.status === 'saved' ? Promise.resolve(last) : next(() => queue.retry())),
  };
}
