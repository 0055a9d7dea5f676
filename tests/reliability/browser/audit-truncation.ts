/**
 * Truncation attempts, in real Chromium IndexedDB (issue 19): the newest N entries of the audit
 * trail and the stored end of the trail removed together in one raw IndexedDB transaction, as
 * someone with the disk but not the key could. Read through a new connection, the chain check must
 * say so at once, and still say so after the app has written more entries.
 */
import { randomFor } from '../../bench/caseload/random';
import { AUDIT_TIP_KEY } from '../../../renderer/data/repositories/audit';
import { createFamily, openPageProfile, reopen, steppingClock } from './audit-profile';

export interface CutFigures {
  attempted: number;
  /** The check verified before the cut (so a verdict of "cut" is about the cut). */
  verifiedBefore: number;
  detected: number;
  /** Still reported after a new entry was written on top of the cut trail. */
  stillDetectedAfterWriting: number;
  entriesRemoved: number;
  problems: string[];
}

export interface TruncationFigures {
  /** Some entries left before the cut. */
  partial: CutFigures;
  /** Every entry removed, with the end. */
  everything: CutFigures;
  /** Some entries left, and the end replaced by a copy taken when they were the newest (a rollback, not a removal). */
  replayed: CutFigures;
}

const noFigures = (): CutFigures => ({ attempted: 0, verifiedBefore: 0, detected: 0, stillDetectedAfterWriting: 0, entriesRemoved: 0, problems: [] });

function openRaw(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB did not open'));
  });
}

/** The stored end as IndexedDB holds it (sealed), copied as someone with the disk could. */
async function copyStoredEnd(name: string): Promise<unknown> {
  const raw = await openRaw(name);
  try {
    const request = raw.transaction('settings').objectStore('settings').get(AUDIT_TIP_KEY);
    return await new Promise<unknown>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB read failed'));
    });
  } finally {
    raw.close();
  }
}

/** Deletes the newest `count` entries and the stored end together, without the key; or puts an older copy of the end back instead. */
async function cutEnd(name: string, count: number, olderEnd?: unknown): Promise<number> {
  const raw = await openRaw(name);
  try {
    const tx = raw.transaction(['audit', 'settings'], 'readwrite');
    const audit = tx.objectStore('audit');
    const keys = await new Promise<IDBValidKey[]>((resolve, reject) => {
      const request = audit.getAllKeys();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB read failed'));
    });
    const newest = keys.slice(-count);
    for (const key of newest) audit.delete(key);
    if (olderEnd === undefined) tx.objectStore('settings').delete(AUDIT_TIP_KEY);
    else tx.objectStore('settings').put(olderEnd);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write failed'));
    });
    return newest.length;
  } finally {
    raw.close();
  }
}

/** For each cut: once leaving some entries before it, once removing every entry, once putting back an older copy of the end. */
export async function cutAuditEnds(seed: number, cuts: readonly number[]): Promise<TruncationFigures> {
  const result: TruncationFigures = { partial: noFigures(), everything: noFigures(), replayed: noFigures() };
  let attempt = 0;
  for (const cut of cuts) {
    for (const kind of ['partial', 'everything', 'replayed'] as const) {
      attempt += 1;
      const figures = result[kind];
      const random = randomFor(seed, 'truncation', attempt);
      const total = kind === 'everything' ? cut : cut + 1 + Math.floor(random() * 6);
      const where = `${kind} cut ${cut} of ${total}`;
      const now = steppingClock();
      const profile = await openPageProfile(`records-truncation-${seed}-${attempt}`, now);
      try {
        let olderEnd: unknown;
        for (let k = 0; k < total; k++) {
          if (kind === 'replayed' && k === total - cut) olderEnd = await copyStoredEnd(profile.name);
          if (random() < 0.3) await createFamily(profile.repos, `Family ${attempt}-${k}`);
          else await profile.repos.audit.record({ action: 'view', recordType: 'family', recordId: `t${attempt}-${k}`, familyId: 'family000001' });
        }
        if ((await profile.repos.audit.check()).verdict.ok) figures.verifiedBefore += 1;
        else figures.problems.push(`${where}: the trail did not verify before the cut`);
        if (kind === 'replayed' && olderEnd === undefined) figures.problems.push(`${where}: no stored end to copy`);
        profile.db.close();
        const removed = await cutEnd(profile.name, cut, olderEnd);
        figures.attempted += 1;
        figures.entriesRemoved += removed;
        if (removed !== cut) figures.problems.push(`${where}: removed ${removed}`);
        const fresh = await reopen(profile, now);
        try {
          const verdict = (await fresh.repos.audit.check()).verdict;
          if (!verdict.ok) figures.detected += 1;
          else figures.problems.push(`${where}: not detected`);
          await fresh.repos.audit.record({ action: 'unlock', recordType: 'app', recordId: 'lock' });
          if (!(await fresh.repos.audit.check()).verdict.ok) figures.stillDetectedAfterWriting += 1;
          else figures.problems.push(`${where}: no longer detected after a new entry`);
        } finally {
          fresh.db.close();
        }
      } catch (error) {
        figures.problems.push(`${where}: ${String(error)}`);
      } finally {
        await profile.remove();
      }
    }
  }
  return result;
}
