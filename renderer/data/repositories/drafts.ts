import type { TeamAroundDatabase } from '../db';
import { storageWork } from '../errors';

/**
 * Unsaved form contents, written as the user types, so that closing the window or a crash
 * loses nothing. A draft is removed once the form is saved for real. In the app, `save` resolves
 * once IndexedDB has committed and the sealed copy is in the mirror of recent work, which brings
 * drafts back if the browser resets its IndexedDB store (docs/decisions/0018).
 */
export interface DraftRepository {
  load<T>(key: string, guard: (value: unknown) => value is T): Promise<{ value: T; savedAt: string } | undefined>;
  save(key: string, value: unknown): Promise<void>;
  clear(key: string): Promise<void>;
}

export function createDraftRepository(db: TeamAroundDatabase, now: () => Date = () => new Date()): DraftRepository {
  return {
    async load(key, guard) {
      const row = await db.drafts.get(key);
      // A draft from an older version of a form that no longer fits is ignored rather than crashing the form.
      if (!row || !guard(row.value)) return undefined;
      return { value: row.value, savedAt: row.savedAt };
    },
    async save(key, value) {
      await storageWork(() => db.drafts.put({ key, value, savedAt: now().toISOString() }));
    },
    async clear(key) {
      await db.drafts.delete(key);
    },
  };
}
