import { afterNextPaint } from './after-paint';
import { toStorageError } from './errors';

export type SaveState = { status: 'idle' } | { status: 'saving' } | { status: 'saved'; at: Date } | { status: 'failed'; message: string };

/**
 * Writes the latest value as soon as it changes, one write at a time. While a write is in
 * flight, newer values replace each other, so a burst of typing costs at most two writes and
 * the last value always reaches the disk.
 */
const liveQueues = new Set<SaveQueue<unknown>>();

/** Waits for every queue's pending writes, e.g. before locking drops the key. */
export async function flushAllSaves(): Promise<void> {
  await Promise.all([...liveQueues].map((q) => q.flushed()));
}

export class SaveQueue<T> {
  private pending: { value: T } | undefined;
  private running = false;
  /** A write waits for the next painted frame (pushAfterPaint). */
  private startScheduled = false;
  private idleWaiters: Array<() => void> = [];

  constructor(
    private readonly write: (value: T) => Promise<void>,
    private readonly onState: (state: SaveState) => void,
  ) {}

  push(value: T): void {
    liveQueues.add(this as SaveQueue<unknown>);
    this.pending = { value };
    if (!this.running) void this.drain();
  }

  /**
   * As `push`, but the write starts once the next frame has been painted, so a key press is drawn
   * before the value is checked, sealed and written (the live meeting screen, where every key saves).
   * `flushed`, `retry` and `flushAllSaves` start a waiting write at once, so closing or locking loses nothing.
   */
  pushAfterPaint(value: T): void {
    liveQueues.add(this as SaveQueue<unknown>);
    this.pending = { value };
    if (this.running || this.startScheduled) return;
    this.startScheduled = true;
    afterNextPaint(() => this.startScheduledWrite());
  }

  private startScheduledWrite(): void {
    if (!this.startScheduled) return;
    this.startScheduled = false;
    if (!this.running && this.pending) void this.drain();
  }

  /** Resolves when everything pushed so far has been written or has failed. */
  flushed(): Promise<void> {
    this.startScheduledWrite();
    if (!this.running && !this.pending) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private async drain(): Promise<void> {
    this.running = true;
    while (this.pending) {
      const { value } = this.pending;
      this.pending = undefined;
      this.onState({ status: 'saving' });
      try {
        await this.write(value);
        if (!this.pending) this.onState({ status: 'saved', at: new Date() });
      } catch (error) {
        this.onState({ status: 'failed', message: toStorageError(error).message });
        // Keep the unsaved value so the next change (or a retry) writes it.
        this.pending ??= { value };
        break;
      }
    }
    this.running = false;
    if (!this.pending) liveQueues.delete(this as SaveQueue<unknown>);
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  retry(): void {
    this.startScheduled = false;
    if (!this.running && this.pending) void this.drain();
  }
}
