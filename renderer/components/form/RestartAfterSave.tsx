import type { ComponentType, ReactNode } from 'react';
import { SavedAgainNotice } from '../notices/SavedAgainNotice';
import { useRestartAfterSave } from './useRestartAfterSave';

export interface RestartAfterSaveProps<T> {
  /** What is stored now; `undefined` while it is being read. */
  stored: T | undefined;
  /** The "has been saved" words, shown (and focused) after each save. */
  savedNotice: ReactNode;
  /** The line shown while the stored value is read, e.g. "Loading your details…". */
  loading: string;
  /** The form, given what was saved last (or what is stored) and told of each save. */
  form: ComponentType<{ saved: T; onSaved(value: T): void }>;
}

/**
 * A settings form that starts afresh from what was saved, under a "has been saved" notice that
 * takes focus, since the button pressed has been replaced (see `useRestartAfterSave`).
 */
export function RestartAfterSave<T>({ stored, savedNotice, loading, form: Form }: RestartAfterSaveProps<T>) {
  const { version, saved, notice, onSaved } = useRestartAfterSave<T>();
  return (
    <>
      <SavedAgainNotice version={version} notice={notice}>
        {savedNotice}
      </SavedAgainNotice>
      {stored === undefined ? <p>{loading}</p> : <Form key={version} saved={saved ?? stored} onSaved={onSaved} />}
    </>
  );
}
