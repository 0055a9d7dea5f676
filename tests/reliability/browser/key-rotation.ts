/**
 * Key rotation interrupted (docs/decisions/0044), the page's side: a small store sealed with the old
 * key and a rotation journal, re-encrypted by the app's own code (continueKeyRotation) until the test
 * reloads or closes the page at a random point; then, on a new page, the store is opened as an unlock
 * would open it, every record read, the rotation resumed to its end and everything read again.
 */
import { KeySession } from '../../../renderer/data/crypto/key-session';
import { beginRotation, finishedEnvelope, sessionKeys } from '../../../renderer/data/crypto/key-rotation';
import { createKeyring, parseKeyEnvelope } from '../../../renderer/data/crypto/keys';
import { KeyringStore } from '../../../renderer/data/crypto/keyring-store';
import { countRowsByKey } from '../../../renderer/data/crypto/sealed-key-ids';
import type { DataKey } from '../../../renderer/data/crypto/data-key';
import { TeamAroundDatabase } from '../../../renderer/data/db';
import { continueKeyRotation, type RotationDeps } from '../../../renderer/data/lock/key-rotation';
import { createAuditRepository } from '../../../renderer/data/repositories/audit';

export interface PlainKey {
  id: string;
  bytes: number[];
}

/** Made once per test (two key derivations), then handed to every run. */
export interface RotationKeys {
  envelope: unknown;
  oldKey: PlainKey;
  newKey: PlainKey;
}

export interface RotationInspection {
  /** The store opened (its keyring read and both keys found) after the interruption. */
  opened: boolean;
  /** Rows found sealed with each key after the interruption: 'old', 'new'. */
  sealedOld: number;
  sealedNew: number;
  /** The envelope after the interruption: still journalled, or already finished. */
  journal: boolean;
  /** Records missing or different from what was written, read after the interruption and after resuming. */
  lostDuring: number;
  lostAfter: number;
  unreadable: number;
  /** After resuming: rows still sealed with the old key (must be 0), and whether the envelope is the finished one. */
  oldAfter: number;
  finished: boolean;
  checked: number;
}

const PASSPHRASE = 'marmalade otter lighthouse 1987';
const BATCH = 6;

/** What the key rotation page (pages/rotation.html) offers the test. */
export interface RotationPageApi {
  /** The keys and journal, once (two key derivations). */
  prepareRotationKeys(): Promise<RotationKeys>;
  /** Run `run`'s store, rotated until done or until the page goes. */
  startInterruptibleRotation(run: number, rows: number, keys: RotationKeys): Promise<{ total: number }>;
  /** The same in a worker, until done or until it is terminated. */
  startRotationInWorker(run: number, rows: number, keys: RotationKeys): Promise<'finished' | 'terminated'>;
  terminateRotationWorker(): Promise<void>;
  inspectAndResumeRotation(run: number, rows: number, keys: RotationKeys): Promise<RotationInspection>;
}

declare global {
  interface Window {
    teamAroundRotation?: RotationPageApi;
    reliabilityRotationProgress?: (done: number, total: number) => Promise<void>;
  }
}

const plain = (key: DataKey): PlainKey => ({ id: key.id, bytes: [...key.bytes] });
const toKey = (key: PlainKey): DataKey => ({ id: key.id, bytes: Uint8Array.from(key.bytes) });
const names = (run: number) => ({ db: `rotation-run-${run}`, keyring: `rotation-run-${run}-keyring` });

export async function prepareRotationKeys(): Promise<RotationKeys> {
  const keyring = await createKeyring(PASSPHRASE);
  const begun = await beginRotation(keyring.envelope, keyring.dataKey, PASSPHRASE);
  return { envelope: begun.envelope, oldKey: plain(keyring.dataKey), newKey: plain(begun.newKey) };
}

/** What run `run` writes: families, drafts and meeting records, `rows` in all, the same every time it is asked. */
function expectedRows(run: number, rows: number): Array<{ table: 'families' | 'drafts' | 'meetingRecords'; row: Record<string, unknown> }> {
  return Array.from({ length: rows }, (_, i) => {
    const stamp = `2026-11-23T10:${String(i % 60).padStart(2, '0')}:00.000Z`;
    if (i % 3 === 0) return { table: 'families' as const, row: { id: `f-${run}-${i}`, updatedAt: stamp, familyName: `Family ${run}/${i}`, notes: 'x'.repeat(i % 50) } };
    if (i % 3 === 1) return { table: 'drafts' as const, row: { key: `d-${run}-${i}`, value: { notes: `Draft ${run}/${i}` }, savedAt: stamp } };
    return { table: 'meetingRecords' as const, row: { id: `m-${run}-${i}`, familyId: `f-${run}-0`, familyViews: `Views ${run}/${i}`, updatedAt: stamp } };
  });
}

function deps(db: TeamAroundDatabase, session: KeySession, keyring: KeyringStore, run: number, report?: (done: number) => void): RotationDeps {
  return {
    db,
    session,
    keyring,
    audit: createAuditRepository(db, () => 'Reliability test', () => new Date('2026-11-23T10:15:00.000Z')),
    countRowsByKey: () => countRowsByKey(names(run).db),
    batchSize: BATCH,
    ...(report ? { onProgress: (p) => report(p.done) } : {}),
  };
}

/** Writes the run's store sealed with the old key and the journal, then rotates until done (or the page or worker goes). */
export async function rotateUntilInterrupted(run: number, rows: number, keys: RotationKeys, report: (done: number) => void): Promise<{ total: number }> {
  // Each run has databases of its own (left for the profile's removal: deleting them costs more than they weigh).
  const old = new KeySession();
  old.unlock(toKey(keys.oldKey));
  const seeding = new TeamAroundDatabase(names(run).db, { encryption: old });
  await seeding.open();
  await seeding.transaction('rw', seeding.families, seeding.drafts, seeding.meetingRecords, async () => {
    for (const { table, row } of expectedRows(run, rows)) await seeding.table(table).put(row);
  });
  seeding.close();
  const keyring = new KeyringStore(names(run).keyring);
  await keyring.saveEnvelope(parseKeyEnvelope(keys.envelope));
  // As an unlock during a rotation: the new key seals, the old one still reads.
  const session = new KeySession();
  session.unlock(toKey(keys.newKey), { retired: [toKey(keys.oldKey)] });
  const db = new TeamAroundDatabase(names(run).db, { encryption: session });
  await db.open();
  await continueKeyRotation(deps(db, session, keyring, run, report));
  return { total: rows };
}

/** In the page itself: ended by reloading or closing the page. */
export function startInterruptibleRotation(run: number, rows: number, keys: RotationKeys): Promise<{ total: number }> {
  return rotateUntilInterrupted(run, rows, keys, (done) => void window.reliabilityRotationProgress?.(done, rows));
}

let worker: Worker | undefined;
let settle: ((how: 'finished' | 'terminated') => void) | undefined;

/** In a worker of the page: ended by terminating the worker, which aborts its open transactions as a crash would. */
export function startRotationInWorker(run: number, rows: number, keys: RotationKeys): Promise<'finished' | 'terminated'> {
  const started = new Worker(new URL('../pages/rotation-worker.ts', import.meta.url), { type: 'module' });
  worker = started;
  return new Promise((resolve, reject) => {
    settle = resolve;
    started.onmessage = (event: MessageEvent<{ done?: number; finished?: boolean; failed?: string }>) => {
      if (event.data.done !== undefined) void window.reliabilityRotationProgress?.(event.data.done, rows);
      if (event.data.finished) resolve('finished');
      if (event.data.failed) reject(new Error(event.data.failed));
    };
    started.postMessage({ run, rows, keys });
  });
}

/** Ends the worker at once (if it is still running) and waits a moment for its connections to close. */
export async function terminateRotationWorker(): Promise<void> {
  worker?.terminate();
  worker = undefined;
  settle?.('terminated');
  settle = undefined;
}

/** Every record written, read through the app's database: missing or different is lost; a refused decryption is unreadable. */
async function readBack(db: TeamAroundDatabase, run: number, rows: number): Promise<{ lost: number; unreadable: number }> {
  let lost = 0;
  let unreadable = 0;
  const expected = expectedRows(run, rows);
  for (const table of ['families', 'drafts', 'meetingRecords'] as const) {
    const wanted = expected.filter((e) => e.table === table).map((e) => e.row);
    try {
      const found = await db.table(table).bulkGet(wanted.map((row) => Object.values(row)[0] as string));
      wanted.forEach((row, i) => {
        if (JSON.stringify(found[i]) !== JSON.stringify(row)) lost += 1;
      });
    } catch {
      // One unreadable row fails the batch: read them one by one to count.
      for (const row of wanted) {
        try {
          if (JSON.stringify(await db.table(table).get(Object.values(row)[0] as string)) !== JSON.stringify(row)) lost += 1;
        } catch {
          unreadable += 1;
        }
      }
    }
  }
  return { lost, unreadable };
}

/** After the interruption, on a new page: opens the store as an unlock would, reads, resumes, reads again. */
export async function inspectAndResumeRotation(run: number, rows: number, keys: RotationKeys): Promise<RotationInspection> {
  const result: RotationInspection = { opened: false, sealedOld: 0, sealedNew: 0, journal: false, lostDuring: rows, lostAfter: rows, unreadable: 0, oldAfter: -1, finished: false, checked: 0 };
  const keyring = new KeyringStore(names(run).keyring);
  const stored = await keyring.load();
  if (!stored) return result;
  result.journal = stored.envelope.rotation !== undefined;
  const byKey = await countRowsByKey(names(run).db);
  result.sealedOld = byKey.get(keys.oldKey.id) ?? 0;
  result.sealedNew = byKey.get(keys.newKey.id) ?? 0;
  // The key the envelope names (what the passphrase would unwrap), then both while journalled.
  const named = [keys.oldKey, keys.newKey].find((k) => k.id === stored.envelope.keyId);
  if (!named) return result;
  const unlocked = await sessionKeys(stored.envelope, toKey(named));
  const session = new KeySession();
  session.unlock(unlocked.current, { retired: unlocked.retired });
  const db = new TeamAroundDatabase(names(run).db, { encryption: session });
  await db.open();
  result.opened = true;
  const during = await readBack(db, run, rows);
  result.lostDuring = during.lost;
  result.unreadable = during.unreadable;
  await continueKeyRotation(deps(db, session, keyring, run));
  const after = await readBack(db, run, rows);
  result.lostAfter = after.lost;
  result.unreadable += after.unreadable;
  result.checked = rows * 2;
  result.oldAfter = (await countRowsByKey(names(run).db)).get(keys.oldKey.id) ?? 0;
  const final = await keyring.load();
  result.finished = JSON.stringify(final?.envelope) === JSON.stringify(finishedEnvelope(keys.envelope));
  db.close();
  keyring.close();
  return result;
}
