import { describe, expect, it, vi } from 'vitest';
import { createAuditCount, type AuditMarkStore } from '../../../renderer/data/crypto/audit-count';
import { readAuditMark, storedMarkSeq, type AuditMark } from '../../../renderer/data/crypto/audit-mark';
import type { DataKey } from '../../../renderer/data/crypto/data-key';
import { KeySession } from '../../../renderer/data/crypto/key-session';

const KEY: DataKey = { id: '0123456789abcdef', bytes: Uint8Array.from({ length: 32 }, (_, i) => i + 1) };
const NEXT: DataKey = { id: 'fedcba9876543210', bytes: Uint8Array.from({ length: 32 }, (_, i) => 200 - i) };

/** A keyring store with the same never-lower rule as KeyringStore, whose writes wait while `held`. */
function slowStore() {
  let stored: AuditMark | undefined;
  let held = true;
  const written: number[] = [];
  const waiting: Array<() => void> = [];
  const store: AuditMarkStore = {
    auditMark: async () => stored,
    raiseAuditMark: (mark) =>
      new Promise<boolean>((resolve) => {
        const finish = () => {
          written.push(mark.seq);
          const seq = storedMarkSeq(stored);
          if (seq === null || mark.seq > seq || (mark.seq === seq && mark.keyId !== stored?.keyId)) stored = mark;
          resolve(true);
        };
        if (held) waiting.push(finish);
        else setTimeout(finish, 0);
      }),
  };
  /** Lets every write through from now on. */
  const finishAll = async () => {
    held = false;
    for (const finish of waiting.splice(0)) finish();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { store, written, finishAll, stored: () => stored };
}

function session(...keys: DataKey[]): KeySession {
  const s = new KeySession();
  const [current, ...retired] = keys;
  if (current) s.unlock(current, { retired });
  return s;
}

describe('the audit count writer', () => {
  it('folds the raises made while one write is on its way into a single next write, never waiting the writer', async () => {
    const { store, written, finishAll, stored } = slowStore();
    const count = createAuditCount(store, session(KEY));
    count.raise(1);
    // The first write is on its way (held by the store) when the rest are raised.
    await new Promise((resolve) => setTimeout(resolve, 0));
    for (let seq = 2; seq <= 50; seq++) count.raise(seq);
    expect(written).toEqual([]);
    await finishAll();
    await count.settled();
    expect(written).toEqual([1, 50]);
    expect(readAuditMark(stored(), (id) => (id === KEY.id ? KEY : undefined))).toEqual({ kind: 'counted', seq: 50 });
  });

  it('ignores raises that are not higher than one already asked for', async () => {
    const { store, written, finishAll } = slowStore();
    const count = createAuditCount(store, session(KEY));
    count.raise(5);
    await finishAll();
    count.raise(5);
    count.raise(3);
    count.raise(Number.NaN);
    await finishAll();
    expect(written).toEqual([5]);
  });

  it('gives up quietly when locked before the write: the count stays lower, the entries stay written', async () => {
    const { store, written, finishAll } = slowStore();
    const s = session(KEY);
    const count = createAuditCount(store, s);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    s.lock();
    count.raise(4);
    await finishAll();
    await count.settled();
    expect(written).toEqual([]);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('seals the stored count again with the new key during a rotation, so it still reads once the old key is gone', async () => {
    const { store, finishAll, stored } = slowStore();
    const s = session(KEY);
    const count = createAuditCount(store, s);
    count.raise(7);
    await finishAll();
    s.rotateTo(NEXT);
    await count.reseal();
    s.forgetRetired();
    expect(stored()).toMatchObject({ seq: 7, keyId: NEXT.id });
    expect(await count.read()).toEqual({ kind: 'counted', seq: 7 });
  });
});
