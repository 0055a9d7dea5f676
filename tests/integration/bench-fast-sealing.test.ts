/**
 * The bench's fast seeding (tests/bench/caseload/fast-sealing.ts) seals rows with Web Crypto
 * outside the transaction: the app's own middleware must open every one of them and get the
 * record back, and must refuse a row sealed with other additional data.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { summaryRow } from '../../renderer/data/repositories/minutes-open';
import { generateDataKey } from '../../renderer/data/crypto/data-key';
import { RecordDecryptionError } from '../../renderer/data/crypto/errors';
import { KeySession } from '../../renderer/data/crypto/key-session';
import { SEALED_FIELD } from '../../renderer/data/crypto/record-sealing';
import { TeamAroundDatabase } from '../../renderer/data/db';
import { summariseFamily } from '../../shared/domain/family-summary';
import { firstPageOf } from '../../shared/domain/family-list-first-page';
import { familyListPages } from '../../shared/domain/family-list-page';
import { TINY_CASELOAD, caseloadBatch, writeBatch } from '../bench/caseload';
import { FastSealer, type SealingCrypto } from '../bench/caseload/fast-sealing';
import { writeSealedCaseload } from '../bench/caseload/sealed-write';

let n = 0;
let name: string;
let session: KeySession;
const opened: Dexie[] = [];

function track<T extends Dexie | FastSealer>(db: T): T {
  opened.push(db instanceof FastSealer ? db.db : db);
  return db;
}

beforeEach(() => {
  name = `bench-fast-sealing-${++n}`;
  session = new KeySession();
  session.unlock(generateDataKey());
});

afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  await Dexie.delete(name);
  await Dexie.delete(`${name}-plain`);
});

const batch = caseloadBatch(7, TINY_CASELOAD, 0, 3);

async function sealAndPut(sealer: FastSealer): Promise<void> {
  const rows = await sealer.rowsOf((db) => writeBatch(db, batch));
  await sealer.put(await sealer.seal(rows));
}

describe('rows sealed by the bench fast path', () => {
  it('are opened by the encryption middleware and equal the records', async () => {
    const sealer = track(new FastSealer(name, session));
    await sealAndPut(sealer);
    sealer.close();

    const app = track(new TeamAroundDatabase(name, { encryption: session }));
    expect(await app.families.toArray()).toEqual([...batch.families].sort((a, b) => a.id.localeCompare(b.id)));
    expect(await app.familySummaries.toArray()).toEqual(batch.families.map(summariseFamily).sort((a, b) => a.familyId.localeCompare(b.familyId)));
    // The list's first page (0063) comes first (its key is -1), then the buckets' pages.
    const pages = [firstPageOf(batch.families.map(summariseFamily)), ...familyListPages(batch.families.map(summariseFamily))];
    expect(await app.familyListPages.toArray()).toEqual(pages);
    expect(await app.meetings.bulkGet(batch.meetings.map((m) => m.id))).toEqual(batch.meetings);
    expect(await app.meetingSummaries.bulkGet(batch.meetings.map((m) => m.id))).toEqual(batch.meetings.map((m) => summaryRow(m, [])));
    expect(await app.actions.bulkGet(batch.actions.map((a) => a.id))).toEqual(batch.actions);
    expect(await app.plans.bulkGet(batch.plans.map((p) => p.id))).toEqual(batch.plans);
    expect(await app.consentEvents.bulkGet(batch.consentEvents.map((e) => e.id))).toEqual(batch.consentEvents);
    expect(await app.homeStatus.toArray()).toEqual([...batch.homeStatus].sort((a, b) => a.id.localeCompare(b.id)));
    // One counted encryption per row, as the middleware counts them.
    const planRows = batch.plans.length + batch.consentEvents.length + batch.homeStatus.length;
    expect(session.encryptions).toBe(batch.families.length * 2 + pages.length + batch.meetings.length * 2 + batch.actions.length + planRows);

    const raw = track(new TeamAroundDatabase(name));
    const stored = (await raw.table('actions').toArray()) as Record<string, unknown>[];
    expect(stored).toHaveLength(batch.actions.length);
    for (const row of stored) {
      expect(row[SEALED_FIELD]).toBeInstanceOf(Uint8Array);
      expect(row).not.toHaveProperty('what');
    }
  });

  it('carry the same header as a row the middleware seals (format, schema version, key id)', async () => {
    const sealer = track(new FastSealer(name, session));
    await sealAndPut(sealer);
    sealer.close();
    const raw = track(new TeamAroundDatabase(name));
    const first = batch.families[0];
    if (!first) throw new Error('The batch has no family.');
    const fast = (await raw.table('families').get(first.id)) as Record<string, Uint8Array>;
    raw.close();

    const app = track(new TeamAroundDatabase(name, { encryption: session }));
    const family = batch.families[1];
    if (!family) throw new Error('The batch has no second family.');
    await app.families.put(family);
    app.close();
    const raw2 = track(new TeamAroundDatabase(name));
    const viaMiddleware = (await raw2.table('families').get(family.id)) as Record<string, Uint8Array>;
    expect(fast[SEALED_FIELD]?.subarray(0, 11)).toEqual(viaMiddleware[SEALED_FIELD]?.subarray(0, 11));
    expect(Object.keys(fast).sort()).toEqual(Object.keys(viaMiddleware).sort());
  });

  it('are refused by the middleware when sealed with other additional data', async () => {
    const subtle = globalThis.crypto.subtle;
    const otherData: SealingCrypto = {
      importKey: subtle.importKey.bind(subtle),
      encrypt: (algorithm: AesGcmParams, key: CryptoKey, data: BufferSource) =>
        subtle.encrypt({ ...algorithm, additionalData: new Uint8Array([...(algorithm.additionalData as Uint8Array), 32]) }, key, data),
    };
    const sealer = track(new FastSealer(name, session, {}, otherData));
    await sealAndPut(sealer);
    sealer.close();
    const app = track(new TeamAroundDatabase(name, { encryption: session }));
    await expect(app.actions.get(batch.actions[0]?.id ?? '')).rejects.toBeInstanceOf(RecordDecryptionError);
  });

  it('make the same caseload, with its plain copy, through the pipelined batch write', async () => {
    const sealer = track(new FastSealer(name, session));
    const plain = track(new TeamAroundDatabase(`${name}-plain`));
    const written = await writeSealedCaseload(sealer, 7, TINY_CASELOAD, { plainCopy: plain, actionsPerTransaction: 30 });
    sealer.close();
    expect(written.transactions).toBeGreaterThan(2);
    const whole = caseloadBatch(7, TINY_CASELOAD, 0, TINY_CASELOAD.families);
    const app = track(new TeamAroundDatabase(name, { encryption: session }));
    expect(await app.actions.bulkGet(whole.actions.map((a) => a.id))).toEqual(whole.actions);
    expect(await plain.actions.bulkGet(whole.actions.map((a) => a.id))).toEqual(whole.actions);
    expect(await app.meetings.count()).toBe(whole.meetings.length);
    expect(await app.families.count()).toBe(whole.families.length);
    // Each batch added to the pages the batches before it wrote: the last write of each holds all its families.
    const pages = [firstPageOf(whole.families.map(summariseFamily)), ...familyListPages(whole.families.map(summariseFamily))];
    expect(await app.familyListPages.toArray()).toEqual(pages);
    expect(await plain.familyListPages.toArray()).toEqual(pages);
    expect(await app.homeStatus.toArray()).toEqual([...whole.homeStatus].sort((a, b) => a.id.localeCompare(b.id)));
    expect(await plain.homeStatus.toArray()).toEqual(await app.homeStatus.toArray());
    expect(await plain.plans.count()).toBe(whole.plans.length);
    expect(await plain.consentEvents.count()).toBe(whole.consentEvents.length);
  });
});
