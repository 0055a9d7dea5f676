/**
 * Autosave as a form does it: every keystroke pushes the whole draft to a SaveQueue over the drafts
 * repository, on the encrypted database. Each write that resolved is reported to the test at once:
 * that is a confirmed save, and it must survive the browser being killed a moment later.
 */
import { afterTyping, minutesDraft, type MinutesDraft } from '../../bench/browser/draft-value';
import { createDraftRepository } from '../../../renderer/data/repositories/drafts';
import { SaveQueue } from '../../../renderer/data/save-queue';
import { openAppDatabase } from './test-key';

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

/** Opens the database and starts typing; resolves once the first keystroke has been pushed. */
export async function startAutosave(run: number): Promise<void> {
  const db = openAppDatabase(true);
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

/** Reads the draft through the drafts repository on a fresh encrypted connection, as the reopened form would. */
export async function readAutosavedDraft(): Promise<StoredDraft> {
  const db = openAppDatabase(true);
  // Asked before opening, which would create an empty database under the same name.
  const databaseExisted = (await indexedDB.databases()).some((d) => d.name === db.name);
  await db.open();
  try {
    const found = await createDraftRepository(db).load(AUTOSAVE_DRAFT_KEY, isAutosaveValue);
    if (!found) return { databaseExisted, databaseVersion: db.verno, run: null, keystrokes: null, intact: (await db.drafts.count()) === 0 };
    const { run, keystrokes, minutes } = found.value;
    const intact = JSON.stringify(minutes) === JSON.stringify(afterTyping(base, keystrokes));
    return { databaseExisted, databaseVersion: db.verno, run, keystrokes, intact };
  } finally {
    db.close();
  }
}
