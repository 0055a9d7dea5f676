/**
 * Failed unlocks kept beside the key envelope: they survive a reopen, a new passphrase keeps them,
 * and the check against the total sealed at the last unlock names every change but a full roll-back
 * to that unlock.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createKeyring, type NewKeyring } from '../../../renderer/data/crypto/keys';
import { KeyringStore, MAX_FAILURE_TIMES } from '../../../renderer/data/crypto/keyring-store';
import { checkFailureRecord, pendingFrom, readFailuresSeen } from '../../../renderer/data/lock/unlock-attempts';

const AT = new Date('2026-11-23T10:15:00.000Z');
const later = (seconds: number) => new Date(AT.getTime() + seconds * 1000);

let keyring: NewKeyring;
let n = 0;
let name = '';
const open: KeyringStore[] = [];

function store(): KeyringStore {
  const s = new KeyringStore(name);
  open.push(s);
  return s;
}

beforeAll(async () => {
  keyring = await createKeyring('marble kettle orchard seven', { now: AT });
});

afterEach(async () => {
  for (const s of open.splice(0)) s.close();
  await Dexie.delete(name);
});

async function withEnvelope(): Promise<KeyringStore> {
  name = `failed-unlocks-${++n}`;
  const s = store();
  await s.saveEnvelope(keyring.envelope);
  return s;
}

describe('failed unlocks beside the key envelope', () => {
  it('are counted and timed, and survive the store being opened again (a reload)', async () => {
    const first = await withEnvelope();
    await first.recordFailedUnlock(AT);
    await first.recordFailedUnlock(later(1));
    await first.recordFailedUnlock(later(2));
    first.close();
    const reopened = store();
    const kept = await reopened.failedUnlocks();
    expect(kept).toEqual({ total: 3, times: [AT.toISOString(), later(1).toISOString(), later(2).toISOString()] });
    expect(pendingFrom(kept)).toEqual({ failures: 3, lastFailureAt: later(2).getTime() });
  });

  it('are not in local storage, so clearing it changes nothing', async () => {
    const s = await withEnvelope();
    await s.recordFailedUnlock(AT);
    expect(globalThis.localStorage).toBeUndefined();
    expect((await s.failedUnlocks()).total).toBe(1);
  });

  it('stay when the passphrase (the envelope) changes, and lose only their times once recorded', async () => {
    const s = await withEnvelope();
    await s.recordFailedUnlock(AT);
    await s.recordFailedUnlock(later(1));
    await s.saveEnvelope({ ...keyring.envelope, createdAt: later(5).toISOString() });
    expect((await s.failedUnlocks()).total).toBe(2);
    await s.clearFailedUnlockTimes();
    expect(await s.failedUnlocks()).toEqual({ total: 2, times: [] });
    await s.recordFailedUnlock(later(9));
    expect(await s.failedUnlocks()).toEqual({ total: 3, times: [later(9).toISOString()] });
  });

  it('keep at most the latest 100 times, while the total keeps counting', async () => {
    const s = await withEnvelope();
    for (let i = 0; i < MAX_FAILURE_TIMES + 5; i++) await s.recordFailedUnlock(later(i));
    const kept = await s.failedUnlocks();
    expect(kept.total).toBe(MAX_FAILURE_TIMES + 5);
    expect(kept.times).toHaveLength(MAX_FAILURE_TIMES);
    expect(kept.times[0]).toBe(later(5).toISOString());
    expect(checkFailureRecord(kept, { total: 0 })).toEqual({ ok: true });
  });
});

describe('checking them against the total sealed at the last unlock', () => {
  const times = (k: number) => Array.from({ length: k }, (_, i) => later(i).toISOString());

  it('accepts what honest use produces', () => {
    expect(checkFailureRecord({ total: 0, times: [] }, null)).toEqual({ ok: true });
    expect(checkFailureRecord({ total: 7, times: [] }, { total: 7 })).toEqual({ ok: true });
    expect(checkFailureRecord({ total: 9, times: times(2) }, { total: 7 })).toEqual({ ok: true });
  });

  it('names a lowered count (the record reset, or put back as it was before the last unlock)', () => {
    expect(checkFailureRecord({ total: 0, times: [] }, { total: 7 })).toEqual({ ok: false, reason: 'count-lowered' });
    expect(checkFailureRecord({ total: 6, times: times(1) }, { total: 7 })).toEqual({ ok: false, reason: 'count-lowered' });
  });

  it('names times removed while the count was kept, or times added without the count', () => {
    expect(checkFailureRecord({ total: 10, times: times(1) }, { total: 7 })).toEqual({ ok: false, reason: 'times-removed' });
    expect(checkFailureRecord({ total: 10, times: [] }, { total: 7 })).toEqual({ ok: false, reason: 'times-removed' });
    expect(checkFailureRecord({ total: 7, times: times(1) }, { total: 7 })).toEqual({ ok: false, reason: 'times-removed' });
  });

  it('cannot tell a record put back exactly as it was at the last unlock (the limit the decision record states)', () => {
    expect(checkFailureRecord({ total: 7, times: [] }, { total: 7 })).toEqual({ ok: true });
  });

  it('reads the sealed total only when it is a whole number', () => {
    expect(readFailuresSeen({ total: 4 })).toEqual({ total: 4 });
    for (const bad of [undefined, null, 'x', { total: -1 }, { total: 1.5 }, { total: '4' }]) expect(readFailuresSeen(bad)).toBeNull();
  });
});
