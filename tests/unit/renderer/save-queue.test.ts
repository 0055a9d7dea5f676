import { afterEach, describe, expect, it, vi } from 'vitest';
import { SaveQueue, type SaveState } from '../../../renderer/data/save-queue';

function deferred() {
  let resolve!: () => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('SaveQueue', () => {
  it('writes one value at a time and always ends with the latest', async () => {
    const written: string[] = [];
    const gates: Array<ReturnType<typeof deferred>> = [];
    const queue = new SaveQueue<string>(
      (v) => {
        written.push(v);
        const gate = deferred();
        gates.push(gate);
        return gate.promise;
      },
      () => {},
    );
    queue.push('a');
    queue.push('ab');
    queue.push('abc');
    expect(written).toEqual(['a']);
    gates[0]?.resolve();
    await Promise.resolve();
    await Promise.resolve();
    expect(written).toEqual(['a', 'abc']);
    gates[1]?.resolve();
    await queue.flushed();
    expect(written).toEqual(['a', 'abc']);
  });

  it('reports saving, then saved, and a plain message when the disk is full, keeping the value for a retry', async () => {
    const states: SaveState['status'][] = [];
    let messages = '';
    let fail = true;
    const written: string[] = [];
    const queue = new SaveQueue<string>(
      async (v) => {
        if (fail) throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
        written.push(v);
      },
      (s) => {
        states.push(s.status);
        if (s.status === 'failed') messages = s.message;
      },
    );
    queue.push('typed words');
    await queue.flushed();
    expect(states).toEqual(['saving', 'failed']);
    expect(messages).toMatch(/out of storage space/);
    fail = false;
    queue.retry();
    await queue.flushed();
    expect(written).toEqual(['typed words']);
    expect(states.at(-1)).toBe('saved');
  });

  describe('pushAfterPaint', () => {
    afterEach(() => {
      vi.useRealTimers();
      vi.unstubAllGlobals();
    });

    function frames() {
      const callbacks: Array<() => void> = [];
      vi.stubGlobal('requestAnimationFrame', (cb: () => void) => callbacks.push(cb));
      return { paint: () => callbacks.splice(0).forEach((cb) => cb()) };
    }

    it('writes nothing until the next frame is painted, then only the latest value', async () => {
      vi.useFakeTimers();
      const frame = frames();
      const written: string[] = [];
      const queue = new SaveQueue<string>(async (v) => void written.push(v), () => {});
      queue.pushAfterPaint('L');
      queue.pushAfterPaint('Le');
      queue.pushAfterPaint('Leo');
      expect(written).toEqual([]);
      frame.paint();
      expect(written).toEqual([]); // the task after the frame, not the frame itself
      await vi.advanceTimersByTimeAsync(0);
      expect(written).toEqual(['Leo']);
    });

    it('still writes in a window that paints no frames (hidden)', async () => {
      vi.useFakeTimers();
      frames(); // frames never come
      const written: string[] = [];
      const queue = new SaveQueue<string>(async (v) => void written.push(v), () => {});
      queue.pushAfterPaint('typed while hidden');
      await vi.advanceTimersByTimeAsync(99);
      expect(written).toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      expect(written).toEqual(['typed while hidden']);
    });

    it('starts a waiting write at once when asked to flush (closing the window) or retry (the page hidden)', async () => {
      frames();
      const written: string[] = [];
      const queue = new SaveQueue<string>(async (v) => void written.push(v), () => {});
      queue.pushAfterPaint('last words');
      await queue.flushed();
      expect(written).toEqual(['last words']);
      queue.pushAfterPaint('more words');
      queue.retry();
      expect(written).toEqual(['last words', 'more words']);
    });
  });
});
