import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { SaveQueue, type SaveState } from '../save-queue';
import { useRepositories } from './useRepositories';

export interface AutosavedDraft<T> {
  /** `undefined` until any stored draft has been read. */
  value: T | undefined;
  update(change: (previous: T) => T): void;
  saveState: SaveState;
  /** When the draft shown was restored from an earlier visit. */
  restoredAt: string | null;
  discard(): Promise<void>;
  /** Waits for pending writes, then removes the draft: call after the real save succeeded. */
  finish(): Promise<void>;
}

/**
 * Form state that is written to the database on every change, so closing the window or a
 * crash loses nothing, and that comes back when the form is opened again.
 */
export function useAutosavedDraft<T>(key: string, makeInitial: () => T, guard: (value: unknown) => value is T): AutosavedDraft<T> {
  const { drafts } = useRepositories();
  const [value, setValue] = useState<T | undefined>(undefined);
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ status: 'idle' });
  const current = useRef<T | undefined>(undefined);
  const finished = useRef(false);
  // Typing that arrives before the stored draft has been read (a busy computer) is kept here and
  // replayed on top of it, so no keystroke is lost to the load.
  const early = useRef<((previous: T) => T)[]>([]);
  const initial = useRef(makeInitial);
  const isDraft = useRef(guard);
  const queue = useMemo(() => new SaveQueue<T>((v) => drafts.save(key, v), setSaveState), [drafts, key]);

  useEffect(() => {
    let live = true;
    finished.current = false;
    const start = (found: { value: T; savedAt: string } | undefined) => {
      if (!live) return;
      const changes = early.current;
      early.current = [];
      current.current = changes.reduce((v, change) => change(v), found ? found.value : initial.current());
      setValue(current.current);
      setRestoredAt(found ? found.savedAt : null);
      if (changes.length > 0) queue.push(current.current);
    };
    drafts.load(key, isDraft.current).then(start, () => start(undefined));
    return () => {
      live = false;
      early.current = [];
    };
  }, [drafts, key, queue]);

  const update = useCallback(
    (change: (previous: T) => T) => {
      if (finished.current) return;
      if (current.current === undefined) {
        early.current.push(change);
        setValue(early.current.reduce((v, c) => c(v), initial.current()));
        return;
      }
      const next = change(current.current);
      current.current = next;
      setValue(next);
      queue.push(next);
    },
    [queue],
  );

  const discard = useCallback(async () => {
    await queue.flushed();
    await drafts.clear(key);
    current.current = initial.current();
    setValue(current.current);
    setRestoredAt(null);
    setSaveState({ status: 'idle' });
  }, [drafts, key, queue]);

  const finish = useCallback(async () => {
    finished.current = true;
    await queue.flushed();
    await drafts.clear(key);
  }, [drafts, key, queue]);

  return { value, update, saveState, restoredAt, discard, finish };
}
