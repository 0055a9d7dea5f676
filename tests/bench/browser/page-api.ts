/**
 * The bench page's side of the harness: real Chromium IndexedDB. Ours is the app's own
 * repositories on the encrypted database (every record read is decrypted, every write sealed);
 * the floors are raw IndexedDB on the plain copy.
 */
import { DATABASE_NAME, type TeamAroundDatabase } from '../../../renderer/data/db';
import { createActionRepository } from '../../../renderer/data/repositories/actions';
import { createDraftRepository } from '../../../renderer/data/repositories/drafts';
import { SaveQueue, type SaveState } from '../../../renderer/data/save-queue';
import { PLAIN_DATABASE_NAME } from '../profile';
import type { BenchPageApi, Timed } from './api';
import { afterTyping, minutesDraft, type MinutesDraft } from './draft-value';
import { deleteProfile, generateProfile, openProfile, storedRowsAreSealed, type OpenProfile } from './profile';
import { count, openRaw, rawForFamily, rawOpenDueBefore, rawPutDraft } from './raw-idb';

const DASHBOARD_LIMIT = 50;

async function timed(run: () => Promise<number>): Promise<Timed> {
  const start = performance.now();
  const n = await run();
  return { ms: performance.now() - start, count: n };
}

async function rawCounts(raw: IDBDatabase): Promise<{ families: number; meetings: number; actions: number }> {
  return { families: await count(raw, 'families'), meetings: await count(raw, 'meetings'), actions: await count(raw, 'actions') };
}

export function createBenchPageApi(): BenchPageApi {
  let profile: OpenProfile | undefined;
  let raw: IDBDatabase | undefined;
  const draft = minutesDraft();
  const draftKey = `meeting-minutes:${draft.meetingId}`;

  const app = (): TeamAroundDatabase => {
    if (!profile) throw new Error('Call prepare() before timing the app.');
    return profile.db;
  };
  const rawDb = () => {
    if (!raw) throw new Error('Call prepare() before timing raw IndexedDB.');
    return raw;
  };
  const actions = () => createActionRepository(app());

  // The meeting screen will save through a SaveQueue over the drafts repository; "saved" is the confirmed write.
  let waiting: { resolve: () => void; reject: (error: Error) => void } | undefined;
  const queue = new SaveQueue<MinutesDraft>(
    (value) => createDraftRepository(app()).save(draftKey, value),
    (state: SaveState) => {
      if (state.status === 'saved') waiting?.resolve();
      if (state.status === 'failed') waiting?.reject(new Error(state.message));
    },
  );

  const close = () => {
    profile?.db.close();
    profile?.session.lock();
    raw?.close();
    profile = undefined;
    raw = undefined;
  };

  return {
    async reset() {
      close();
      await deleteProfile();
    },
    generate: (seed, size, passphrase) => generateProfile(seed, size, passphrase),
    async prepare(passphrase) {
      close();
      const opened = await openProfile(passphrase);
      profile = opened;
      raw = await openRaw(PLAIN_DATABASE_NAME);
      const sealedDb = await openRaw(DATABASE_NAME);
      const sealed = await storedRowsAreSealed(sealedDb);
      sealedDb.close();
      const db = opened.db;
      const indexes = Array.from(raw.transaction('actions', 'readonly').objectStore('actions').indexNames);
      return {
        families: await db.families.count(),
        meetings: await db.meetings.count(),
        actions: await db.actions.count(),
        plain: await rawCounts(raw),
        indexes,
        sealed,
        unlockMs: opened.unlockMs,
        isolated: crossOriginIsolated,
      };
    },
    dashboard(side, beforeDate) {
      return side === 'ours'
        ? timed(async () => (await actions().openDueBefore(beforeDate, DASHBOARD_LIMIT)).length)
        : timed(async () => (await rawOpenDueBefore(rawDb(), beforeDate, DASHBOARD_LIMIT)).length);
    },
    plan(side, familyId) {
      return side === 'ours'
        ? timed(async () => (await actions().forFamily(familyId)).length)
        : timed(async () => (await rawForFamily(rawDb(), familyId)).length);
    },
    save(side, iteration) {
      const value = afterTyping(draft, iteration + 1);
      if (side === 'floor') {
        return timed(async () => {
          await rawPutDraft(rawDb(), { key: draftKey, value, savedAt: new Date().toISOString() });
          return 1;
        });
      }
      return timed(
        () =>
          new Promise<number>((resolve, reject) => {
            waiting = { resolve: () => resolve(1), reject };
            queue.push(value);
          }),
      );
    },
  };
}
