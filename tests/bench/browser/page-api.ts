/** The bench page's side of the harness: real Chromium IndexedDB, the app's own repositories. */
import Dexie from 'dexie';
import { DATABASE_NAME, TeamAroundDatabase } from '../../../renderer/data/db';
import { createActionRepository } from '../../../renderer/data/repositories/actions';
import { createDraftRepository } from '../../../renderer/data/repositories/drafts';
import { SaveQueue, type SaveState } from '../../../renderer/data/save-queue';
import { writeCaseload } from '../caseload';
import type { BenchPageApi, Timed } from './api';
import { afterTyping, minutesDraft, type MinutesDraft } from './draft-value';
import { count, openRaw, rawForFamily, rawOpenDueBefore, rawPutDraft } from './raw-idb';

const DASHBOARD_LIMIT = 50;

async function timed(run: () => Promise<number>): Promise<Timed> {
  const start = performance.now();
  const n = await run();
  return { ms: performance.now() - start, count: n };
}

export function createBenchPageApi(): BenchPageApi {
  let db: TeamAroundDatabase | undefined;
  let raw: IDBDatabase | undefined;
  const draft = minutesDraft();
  const draftKey = `meeting-minutes:${draft.meetingId}`;

  const app = () => (db ??= new TeamAroundDatabase());
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

  return {
    async reset() {
      db?.close();
      raw?.close();
      db = undefined;
      raw = undefined;
      await Dexie.delete(DATABASE_NAME);
    },
    generate: (seed, size) => writeCaseload(app(), seed, size),
    async prepare() {
      await app().open();
      raw ??= await openRaw(DATABASE_NAME);
      const indexes = Array.from(raw.transaction('actions', 'readonly').objectStore('actions').indexNames);
      return { families: await count(raw, 'families'), meetings: await count(raw, 'meetings'), actions: await count(raw, 'actions'), indexes, isolated: crossOriginIsolated };
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
          await rawPutDraft(rawDb(), { key: `${draftKey}:floor`, value, savedAt: new Date().toISOString() });
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
