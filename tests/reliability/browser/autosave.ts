/**
 * Autosave as a form does it: every keystroke pushes the whole draft to a SaveQueue over the drafts
 * repository, on the encrypted database with the mirror of recent work, as the app opens it. Each
 * write that resolved is reported to the test at once: that is a confirmed save (IndexedDB committed
 * and the mirror's copy flushed), and it must survive the browser being killed a moment later, even
 * when the relaunched browser has thrown its whole IndexedDB store away.
 */
import { afterTyping, minutesDraft, type MinutesDraft } from '../../bench/browser/draft-value';
import { DATABASE_NAME, type TeamAroundDatabase } from '../../../renderer/data/db';
import type { KeySession } from '../../../renderer/data/crypto/key-session';
import { settleIndexedDb } from '../../../renderer/data/mirror/indexeddb-start';
import { mirrorMiddleware } from '../../../renderer/data/mirror/mirror-middleware';
import { openOpfsFileStore } from '../../../renderer/data/mirror/opfs-file-store';
import { RecentWorkMirror, type MirrorHealth } from '../../../renderer/data/mirror/recent-work-mirror';
import { reconcileWithMirror } from '../../../renderer/data/mirror/reconcile';
import { createDraftRepository } from '../../../renderer/data/repositories/drafts';
import { SaveQueue } from '../../../renderer/data/save-queue';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/data/schema';
import { openAppDatabase, unlockedSession } from './test-key';

export const AUTOSAVE_DRAFT_KEY = 'meeting-minutes:reliability';
/** A keystroke every few milliseconds: faster than anyone types, so the queue always has a write in flight. */
const KEYSTROKE_MS = 2;

export interface AutosaveValue {
  run: number;
  keystrokes: number;
  minutes: MinutesDraft;
}

export interface StoredDraft {
  /** False when the browser no longer had the database at all on relaunch (its whole store was reset). */
  databaseExisted: boolean;
  /** Rows put back from the mirror when the database was found rebuilt empty. */
  restoredFromMirror: number;
  mirrorHealth: MirrorHealth['state'];
  databaseVersion: number;
  /** Null when no draft was found. */
  run: number | null;
  keystrokes: number | null;
  /** The stored minutes are exactly what was typed by then (no torn or mixed write). */
  intact: boolean;
}

export interface AutosaveReport {
  run: number;
  keystrokes: number;
}

declare global {
  interface Window {
    /** Installed by the test with exposeBinding; absent when nobody listens. */
    reliabilityConfirmedSave?: (report: AutosaveReport) => Promise<void>;
    reliabilitySaveFailed?: (message: string) => Promise<void>;
  }
}

const base = minutesDraft();

function isAutosaveValue(value: unknown): value is AutosaveValue {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<AutosaveValue>;
  return typeof v.run === 'number' && typeof v.keystrokes === 'number' && typeof v.minutes === 'object';
}

/** One mirror per page, as in the app: its worker holds the files' locks. */
let mirror: RecentWorkMirror | undefined;

export function pageMirror(): RecentWorkMirror {
  mirror ??= new RecentWorkMirror(() => openOpfsFileStore());
  return mirror;
}

function openMirroredDatabase(session: KeySession): TeamAroundDatabase {
  const db = openAppDatabase(true, CURRENT_SCHEMA_VERSION, session);
  db.use(mirrorMiddleware(pageMirror()));
  return db;
}

/** Opens the database and starts typing; resolves once the first keystroke has been pushed. */
export async function startAutosave(run: number): Promise<void> {
  const db = openMirroredDatabase(unlockedSession());
  await db.open();
  const drafts = createDraftRepository(db);
  const queue = new SaveQueue<AutosaveValue>(
    async (value) => {
      await drafts.save(AUTOSAVE_DRAFT_KEY, value);
      void window.reliabilityConfirmedSave?.({ run: value.run, keystrokes: value.keystrokes });
    },
    (state) => {
      if (state.status === 'failed') void window.reliabilitySaveFailed?.(state.message);
    },
  );
  let keystrokes = 0;
  const type = () => {
    keystrokes += 1;
    queue.push({ run, keystrokes, minutes: afterTyping(base, keystrokes) });
  };
  type();
  // Types until the browser is killed.
  window.setInterval(type, KEYSTROKE_MS);
}

/**
 * Opens the database as the app does after unlocking (first touch of IndexedDB, then the check
 * against the mirror, which puts rows back into a rebuilt database), then reads the draft through
 * the drafts repository, as the reopened form would.
 */
export async function readAutosavedDraft(): Promise<StoredDraft> {
  // Asked before opening, which would create an empty database under the same name. After a damaged
  // store the first request fails while Chromium rebuilds it; settleIndexedDb asks again.
  const databaseExisted = (await settleIndexedDb()).includes(DATABASE_NAME);
  const session = unlockedSession();
  const db = openMirroredDatabase(session);
  await db.open();
  try {
    const outcome = await reconcileWithMirror(db, pageMirror(), session, CURRENT_SCHEMA_VERSION);
    const restoredFromMirror = outcome.kind === 'rebuilt' ? outcome.restored : 0;
    const mirrorHealth = pageMirror().health.state;
    const found = await createDraftRepository(db).load(AUTOSAVE_DRAFT_KEY, isAutosaveValue);
    if (!found) return { databaseExisted, restoredFromMirror, mirrorHealth, databaseVersion: db.verno, run: null, keystrokes: null, intact: (await db.drafts.count()) === 0 };
    const { run, keystrokes, minutes } = found.value;
    const intact = JSON.stringify(minutes) === JSON.stringify(afterTyping(base, keystrokes));
    return { databaseExisted, restoredFromMirror, mirrorHealth, databaseVersion: db.verno, run, keystrokes, intact };
  } finally {
    db.close();
  }
}
