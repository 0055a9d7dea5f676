/**
 * The bench's fast seeding: the caseload written batch by batch as `writeCaseload` writes it, but
 * each batch sealed with Web Crypto before its transaction (fast-sealing.ts), and the plain copy's
 * write of a batch running while that batch is sealed and the sealed one is written. Only
 * generating the profile is faster; what the rows hold, and so what is measured, is unchanged.
 */
import { caseloadBatch, familiesPerTransaction, writeBatch, type CaseloadWriteOptions, type CaseloadWriteResult } from '../caseload';
import { caseloadCounts, type CaseloadSize } from './size';
import type { FastSealer } from './fast-sealing';

/** Runs `work`, adding its own duration (start to settled) to `add`. */
async function timed(now: () => number, work: () => Promise<unknown>, add: (ms: number) => void): Promise<void> {
  const start = now();
  try {
    await work();
  } finally {
    add(now() - start);
  }
}

export async function writeSealedCaseload(sealer: FastSealer, seed: number, size: CaseloadSize, options: CaseloadWriteOptions = {}): Promise<CaseloadWriteResult> {
  const now = options.now ?? (() => performance.now());
  const familiesPerBatch = familiesPerTransaction(size, options.actionsPerTransaction);
  const plainCopy = options.plainCopy;
  const started = now();
  let generateMs = 0;
  let sealMs = 0;
  let writeMs = 0;
  let plainWriteMs = 0;
  let transactions = 0;
  // At most one write of each kind in flight, so no more than two batches are held at once.
  let plainWrite: Promise<void> = Promise.resolve();
  let sealedWrite: Promise<void> = Promise.resolve();
  try {
    for (let from = 0; from < size.families; from += familiesPerBatch) {
      const t0 = now();
      const batch = caseloadBatch(seed, size, from, from + familiesPerBatch);
      const rows = await sealer.rowsOf((db) => writeBatch(db, batch));
      generateMs += now() - t0;
      let sealed: Awaited<ReturnType<FastSealer['seal']>> | undefined;
      const sealing = timed(now, async () => (sealed = await sealer.seal(rows)), (ms) => (sealMs += ms));
      await plainWrite;
      if (plainCopy) plainWrite = timed(now, () => writeBatch(plainCopy, batch), (ms) => (plainWriteMs += ms));
      await sealing;
      await sealedWrite;
      const ready = sealed;
      if (!ready) throw new Error('A batch was not sealed.');
      sealedWrite = timed(now, () => sealer.put(ready), (ms) => (writeMs += ms));
      transactions++;
    }
  } catch (error) {
    // Nothing is left writing when this throws.
    await Promise.allSettled([plainWrite, sealedWrite]);
    throw error;
  }
  await Promise.all([plainWrite, sealedWrite]);
  return { ...caseloadCounts(size), generateMs, sealMs, writeMs, plainWriteMs, totalMs: now() - started, transactions };
}
