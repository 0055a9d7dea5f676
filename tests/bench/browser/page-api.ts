/**
 * The bench page's side of the harness: real Chromium IndexedDB. Ours is the app's own
 * repositories on the encrypted database (every record read is decrypted, every write sealed);
 * the floors are raw IndexedDB on the plain copy.
 */
import { DATABASE_NAME, type TeamAroundDatabase } from '../../../renderer/data/db';
import { createActionRepository } from '../../../renderer/data/repositories/actions';
import { createAuditRepository } from '../../../renderer/data/repositories/audit';
import { createHomeRepository, type HomeLists } from '../../../renderer/data/repositories/home';
import { createDraftRepository } from '../../../renderer/data/repositories/drafts';
import { SaveQueue, type SaveState } from '../../../renderer/data/save-queue';
import { PLAIN_DATABASE_NAME } from '../profile';
import type { BenchPageApi, Timed } from './api';
import { afterTyping, minutesDraft, type MinutesDraft } from './draft-value';
import { seedLiveMeeting, storedFirstNotes } from './live-meeting';
import { seedSharedMinutes } from './shared-minutes';
import { deleteProfile, generateProfile, openPlain, openProfile, readsBackAsPlain, storedRowsAreSealed, type OpenProfile } from './profile';
import { count, openRaw, rawForFamily, rawOpenDueBefore, rawPutDraft } from './raw-idb';
import { copyRecords } from './copy-records';

const DASHBOARD_LIMIT = 50;

async function timed(run: () => Promise<number>): Promise<Timed> {
  const start = performance.now();
  const n = await run();
  return { ms: performance.now() - start, count: n };
}

/** How many items the home screen lists, all lists together. */
function homeItems(lists: HomeLists): number {
  const actions = lists.actions.reduce((n, g) => n + g.items.length, 0);
  return lists.meetings.length + lists.minutes.length + actions + lists.reviews.length + lists.consents.length + lists.drafts.length + lists.drift.length;
}

/** The home screen's read model on one database, its clock fixed at `now`. */
async function homeLists(db: TeamAroundDatabase, now: string): Promise<number> {
  const clock = () => new Date(now);
  const audit = createAuditRepository(db, () => 'Bench', clock);
  return homeItems(await createHomeRepository(db, { audit, actorName: () => Promise.resolve('Bench') }, clock).lists());
}

async function rawCounts(raw: IDBDatabase): Promise<{ families: number; meetings: number; actions: number }> {
  return { families: await count(raw, 'families'), meetings: await count(raw, 'meetings'), actions: await count(raw, 'actions') };
}

export function createBenchPageApi(): BenchPageApi {
  let profile: OpenProfile | undefined;
  let raw: IDBDatabase | undefined;
  // The plain copy through Dexie: the home's floor runs the same read model without decryption.
  let plainDb: TeamAroundDatabase | undefined;
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
    plainDb?.close();
    profile = undefined;
    raw = undefined;
    plainDb = undefined;
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
      plainDb = openPlain();
      await plainDb.open();
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
        readBack: await readsBackAsPlain(db, plainDb),
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
    home(side, now) {
      const db = side === 'ours' ? app() : plainDb;
      if (!db) throw new Error('Call prepare() before timing the home screen.');
      return timed(() => homeLists(db, now));
    },
    seedLiveMeeting: (seed, size) => seedLiveMeeting(app(), seed, size),
    seedSharedMinutes: (seed, size) => seedSharedMinutes(app(), seed, size),
    storedFirstNotes: (meetingId) => storedFirstNotes(app(), meetingId),
    copyRecords: (meetingId) => copyRecords(app(), meetingId),
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
