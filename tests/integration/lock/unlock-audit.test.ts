/**
 * The unlock's audit entries are written while the app draws its first screen (docs/decisions/0055):
 * `beginUnlockAudit` returns once their transaction has begun, and every entry written after that
 * still comes after them in the chain.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FailedUnlocks } from '../../../renderer/data/crypto/keyring-store';
import { TeamAroundDatabase } from '../../../renderer/data/db';
import { beginUnlockAudit } from '../../../renderer/data/lock/unlock-audit';
import { FAILURES_SEEN_KEY } from '../../../renderer/data/lock/unlock-attempts';
import { createRepositories, type Repositories } from '../../../renderer/data/repositories';
import { separatedFamilyContent } from '../../unit/shared/fixtures';

const NOW = new Date('2026-11-23T10:15:00.000Z');
const FAILED_AT = ['2026-11-23T10:14:00.000Z', '2026-11-23T10:14:30.000Z'];

let db: TeamAroundDatabase;
let repos: Repositories;
let n = 0;

function keyringWith(failures: FailedUnlocks, clear: () => Promise<void> = async () => undefined) {
  return { failedUnlocks: async () => failures, clearFailedUnlockTimes: clear };
}

const familyContent = () => separatedFamilyContent();

beforeEach(async () => {
  db = new TeamAroundDatabase(`unlock-audit-test-${++n}`);
  await db.open();
  repos = createRepositories(db, () => NOW);
});

afterEach(async () => {
  db.close();
  await db.delete();
});

describe("the unlock's audit entries", () => {
  it('return before they are written, and still come before every entry written after', async () => {
    let cleared = false;
    const keyring = keyringWith({ total: 2, times: FAILED_AT }, async () => {
      cleared = true;
    });
    const { written } = await beginUnlockAudit({ db, audit: repos.audit, settings: repos.settings, keyring });
    let settled = false;
    void written.then(() => (settled = true));
    expect(settled).toBe(false);

    // What the first screen might write straight away, before the unlock's entries are on disk.
    const family = repos.families.create(familyContent());
    const viewed = repos.audit.record({ action: 'view', recordType: 'app', recordId: 'families' });
    await Promise.all([written, family, viewed]);

    const entries = await db.audit.orderBy('seq').toArray();
    expect(entries.map((e) => e.action)).toEqual(['failed-unlock', 'failed-unlock', 'unlock', 'create', 'view']);
    expect(entries.slice(0, 2).map((e) => e.at)).toEqual(FAILED_AT);
    expect(await repos.audit.verify()).toEqual({ ok: true });
    expect((await db.settings.get(FAILURES_SEEN_KEY))?.value).toEqual({ total: 2 });
    expect(cleared).toBe(true);
  });

  it('reject through `written` when they cannot be finished, for the lock screens to say so', async () => {
    const keyring = keyringWith({ total: 0, times: [] }, () => Promise.reject(new Error('The keyring store is gone.')));
    const { written } = await beginUnlockAudit({ db, audit: repos.audit, settings: repos.settings, keyring });
    await expect(written).rejects.toThrow('The keyring store is gone.');
  });

  it('fail the unlock itself when their transaction cannot begin', async () => {
    db.close();
    await expect(beginUnlockAudit({ db, audit: repos.audit, settings: repos.settings, keyring: keyringWith({ total: 0, times: [] }) })).rejects.toThrow();
  });
});
