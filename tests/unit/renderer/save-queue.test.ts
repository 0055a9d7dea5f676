import { describe, expect, it } from 'vitest';
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
});
