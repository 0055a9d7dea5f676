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
}

const noFigures = (): CutFigures => ({ attempted: 0, verifiedBefore: 0, detected: 0, stillDetectedAfterWriting: 0, entriesRemoved: 0, problems: [] });

function openRaw(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB did not open'));
  });
}

/** Deletes the newest `count` entries and the stored end together, without the key. */
async function cutEnd(name: string, count: number): Promise<number> {
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
    tx.objectStore('settings').delete(AUDIT_TIP_KEY);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write failed'));
    });
    return newest.length;
  } finally {
    raw.close();
  }
}

/** For each cut: once leaving some entries before it, once removing every entry. */
export async function cutAuditEnds(seed: number, cuts: readonly number[]): Promise<TruncationFigures> {
  const result: TruncationFigures = { partial: noFigures(), everything: noFigures() };
  let attempt = 0;
  for (const cut of cuts) {
    for (const everything of [false, true]) {
      attempt += 1;
      const figures = everything ? result.everything : result.partial;
      const random = randomFor(seed, 'truncation', attempt);
      const total = everything ? cut : cut + 1 + Math.floor(random() * 6);
      const where = `cut ${cut} of ${total}`;
      const now = steppingClock();
      const profile = await openPageProfile(`records-truncation-${seed}-${attempt}`, now);
      try {
        for (let k = 0; k < total; k++) {
          if (random() < 0.3) await createFamily(profile.repos, `Family ${attempt}-${k}`);
          else await profile.repos.audit.record({ action: 'view', recordType: 'family', recordId: `t${attempt}-${k}`, familyId: 'family000001' });
        }
        if ((await profile.repos.audit.check()).verdict.ok) figures.verifiedBefore += 1;
        else figures.problems.push(`${where}: the trail did not verify before the cut`);
        profile.db.close();
        const removed = await cutEnd(profile.name, cut);
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
