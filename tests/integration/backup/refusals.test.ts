/**
 * Altered, cut-short, unrelated and wrongly unlocked backups are refused with a plain message, and
 * the profile they were offered to is left exactly as it was. One PBKDF2 derivation per case at most:
 * the byte-level properties unlock with the recovery key (HKDF) instead.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIGEST_BYTES, appendDigest } from '../../../shared/backup/backup-format';
import { writeBackup } from '../../../renderer/data/crypto/backup-crypto';
import { createKeyring, type NewKeyring } from '../../../renderer/data/crypto/keys';
import { generateRecoveryKey } from '../../../renderer/data/crypto/recovery-key';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/data/schema';
import type { VerifiedBackup } from '../../../renderer/data/backup/backup-service';
import { databaseContents } from './arbitraries';
import { dump, fill, NOW, openProfile, PASSPHRASE, type Profile } from './support';

let keyring: NewKeyring;
let source: Profile;
let target: Profile;
let bytes: Uint8Array;
let targetBefore: Record<string, unknown[]>;

const sample = (seed: number) => {
  const [contents] = fc.sample(databaseContents, { numRuns: 1, seed });
  if (!contents) throw new Error('no sample');
  return contents;
};

beforeAll(async () => {
  keyring = await createKeyring(PASSPHRASE, { now: NOW });
  source = await openProfile('source', keyring);
  await fill(source.db, sample(7));
  bytes = (await source.service.makeBackup()).bytes;
  // The profile offered the bad files already holds data of its own, which must survive untouched.
  target = await openProfile('target');
  await fill(target.db, sample(8));
  targetBefore = await dump(target.db);
});

afterAll(async () => {
  expect(await dump(target.db)).toStrictEqual(targetBefore);
  await source.close();
  await target.close();
});

const recovery = () => ({ recoveryKey: keyring.recoveryKey });

/** A copy with `change` applied and the keyless digest written again, as anyone could. */
function resealed(file: Uint8Array, change: (copy: Uint8Array) => void = () => undefined): Uint8Array {
  const body = file.slice(0, file.length - DIGEST_BYTES);
  change(body);
  return appendDigest(body);
}

async function expectRefused(file: Uint8Array, problems: readonly string[]): Promise<void> {
  const result = await target.service.inspectBackup(file, recovery());
  expect(result.ok).toBe(false);
  if (!result.ok) expect(problems).toContain(result.problem);
}

describe('refused backups', () => {
  it('the untouched file is accepted (so the refusals below are about the damage)', async () => {
    expect((await target.service.inspectBackup(bytes, recovery())).ok).toBe(true);
  });

  it('refuses a file with any byte changed, anywhere (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: bytes.length - 1 }), fc.integer({ min: 1, max: 255 }), async (at, mask) => {
        const tampered = bytes.slice();
        tampered[at]! ^= mask;
        await expectRefused(tampered, ['altered', 'unrelated', 'truncated', 'newer-version', 'wrong-recovery-key']);
      }),
      { numRuns: 400 },
    );
  });

  it('refuses every byte of the MAC and of the last record changed', async () => {
    for (let i = 1; i <= 40; i++) {
      const tampered = bytes.slice();
      tampered[bytes.length - i]! ^= 0x01;
      await expectRefused(tampered, ['altered']);
    }
  });

  it('refuses a file cut short at any length, or with bytes added (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: bytes.length - 1 }), async (length) => {
        await expectRefused(bytes.slice(0, length), ['empty', 'truncated', 'altered']);
      }),
      { numRuns: 300 },
    );
    const longer = new Uint8Array(bytes.length + 3);
    longer.set(bytes);
    await expectRefused(longer, ['altered']);
  });

  it('says plainly when a file is not a backup, is empty, or is cut short', async () => {
    const word = new TextEncoder().encode('PK\u0003\u0004 a Word document');
    expect(target.service.checkBackupFile(word)).toMatchObject({ ok: false, problem: 'unrelated', message: expect.stringContaining('not a Team Around backup') });
    expect(target.service.checkBackupFile(new Uint8Array())).toMatchObject({ ok: false, problem: 'empty' });
    expect(target.service.checkBackupFile(bytes.slice(0, bytes.length - 100))).toMatchObject({ ok: false, problem: 'truncated', message: expect.stringContaining('incomplete') });
    expect(target.service.checkBackupFile(bytes)).toEqual({ ok: true });
  });

  it('refuses the wrong passphrase and the wrong recovery key, naming what to use', async () => {
    const wrong = await target.service.inspectBackup(bytes, { passphrase: 'not the passphrase at all' });
    expect(wrong).toMatchObject({ ok: false, problem: 'wrong-passphrase', message: expect.stringContaining('passphrase that was in use') });
    const otherKey = await target.service.inspectBackup(bytes, { recoveryKey: generateRecoveryKey().text });
    expect(otherKey).toMatchObject({ ok: false, problem: 'wrong-recovery-key' });
    const typo = await target.service.inspectBackup(bytes, { recoveryKey: keyring.recoveryKey.slice(0, -2) });
    expect(typo).toMatchObject({ ok: false, problem: 'wrong-recovery-key', message: expect.stringContaining('nine groups of four') });
  });

  it('refuses a backup from a newer version, a weakened key envelope, and records that fail their checks', async () => {
    const write = (tables: Record<string, unknown[]>, schemaVersion = CURRENT_SCHEMA_VERSION) =>
      writeBackup({ tables, dataKey: keyring.dataKey, keyEnvelope: keyring.envelope, schemaVersion, now: NOW });
    await expectRefused(write({ families: [] }, CURRENT_SCHEMA_VERSION + 1), ['newer-version']);
    const newerFormat = resealed(bytes, (copy) => {
      copy[17] = 9;
    });
    expect(target.service.checkBackupFile(newerFormat)).toMatchObject({ ok: false, problem: 'newer-version', message: expect.stringContaining('newer version') });
    await expectRefused(write({ families: [{ id: 'family000001', familyName: 'No children' }] }), ['invalid-records']);
    await expectRefused(write({ audit: [{ seq: 1, at: NOW.toISOString(), actor: 'x', action: 'view', recordType: 'family', recordId: 'a', prevHash: '0'.repeat(64), hash: 'f'.repeat(64) }] }), ['invalid-records']);
    await expectRefused(write({ somethingElse: [] }), ['unsupported-schema']);
    // Fewer PBKDF2 iterations written into the file's key envelope: refused before deriving anything.
    const weak = write({ families: [] });
    const text = new TextDecoder('latin1').decode(weak);
    // Whoever weakens it can also write a fresh digest (it needs no key), so the digest is redone here.
    const weakened = resealed(Uint8Array.from(text.replace(/"iterations":\d+/, (m) => `"iterations":${'1'.padEnd(m.length - 13, '0')}`), (c) => c.charCodeAt(0)));
    expect(weakened.length).toBe(weak.length);
    const result = await target.service.inspectBackup(weakened, { passphrase: PASSPHRASE });
    expect(result).toMatchObject({ ok: false, problem: 'altered' });
  });

  it('names damage at every byte position as damage before any passphrase is asked for, and never blames the passphrase', async () => {
    const small = writeBackup({ tables: { families: [] }, dataKey: keyring.dataKey, keyEnvelope: keyring.envelope, schemaVersion: CURRENT_SCHEMA_VERSION, now: NOW });
    const problems = new Map<string, number>();
    for (let at = 0; at < small.length; at++) {
      const damaged = small.slice();
      damaged[at]! ^= 0x20;
      const checked = target.service.checkBackupFile(damaged);
      expect(checked.ok, `byte ${at}`).toBe(false);
      if (checked.ok) continue;
      expect(checked.message).toMatch(/damaged/);
      problems.set(checked.problem, (problems.get(checked.problem) ?? 0) + 1);
      // Typing the right passphrase, or a wrong one, changes nothing: the file is still named as damaged.
      const wrong = await target.service.inspectBackup(damaged, { passphrase: 'not the passphrase at all' });
      expect(wrong).toMatchObject({ ok: false, problem: checked.problem });
    }
    expect([...problems.keys()].every((p) => p === 'altered' || p === 'truncated')).toBe(true);
    expect([...problems.values()].reduce((a, b) => a + b, 0)).toBe(small.length);
  });

  it('reports a wrong passphrase only for a whole file', async () => {
    expect(target.service.checkBackupFile(bytes)).toEqual({ ok: true });
    expect(await target.service.inspectBackup(bytes, { passphrase: 'not the passphrase at all' })).toMatchObject({ ok: false, problem: 'wrong-passphrase' });
  });

  it('will not restore anything that was not checked first', async () => {
    const forged: VerifiedBackup = { createdAt: NOW.toISOString(), schemaVersion: CURRENT_SCHEMA_VERSION, counts: [], summary: '' };
    await expect(target.service.restoreBackup(forged)).rejects.toThrow('Only a backup that has been checked can be restored.');
  });
});
