import { useRef, useState, type FormEvent } from 'react';
import type { FieldError, Validated } from '../../../shared/domain/family';
import { toStorageError } from '../../data/errors';

/**
 * Thrown by a form's `save` when the change is refused for a reason the user can act on (a
 * passphrase that is wrong, a plan that no longer fits its settings): the message is shown above the
 * form and everything typed stays.
 */
export class SaveRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SaveRefused';
  }
}

export interface FormSubmitOptions<V, R> {
  /** What is typed now, checked: the value to save, or what is wrong field by field. `undefined` while loading. */
  check(): Validated<V> | undefined;
  /**
   * Optional: the check made when the user saves, for a form whose check needs something loaded
   * first (the passphrase estimator); `check` still gives the messages shown as the user corrects.
   */
  checkOnSubmit?(): Promise<Validated<V> | undefined>;
  /** Writes the checked value; throw `SaveRefused` for a refusal the user can act on. */
  save(value: V): Promise<R>;
  /** After a successful save: usually a navigation with a "saved" notice. */
  afterSave(result: R): void | Promise<void>;
  /** For a form that stays on screen for the next entry: after a save it starts again, with no messages. */
  resetAfterSave?: boolean;
}

export interface FormSubmit {
  /** How many times the user has tried to save: messages appear after the first. */
  attempt: number;
  /** What is wrong, once the user has tried to save; it follows their corrections. */
  errors: readonly FieldError[];
  errorAt(path: string): string | undefined;
  saving: boolean;
  /** Why the last save did not happen, in words the user can act on. */
  saveError: string | null;
  submit(event?: FormEvent): Promise<void>;
  /** Back to before the first attempt, for a form filled afresh: no messages, no save error. */
  reset(): void;
}

/**
 * Attempt, validation, saving and save errors, the same in every form: messages appear after the
 * first attempt to save and follow the corrections, a second click while saving does nothing, and a
 * failed save keeps everything on screen with a reason. Forms that keep a draft use `useDraftForm`,
 * which builds on this; forms that must never store what is typed (passphrases) use this alone.
 */
export function useFormSubmit<V, R>(options: FormSubmitOptions<V, R>): FormSubmit {
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const busy = useRef(false);

  const validation = attempt > 0 ? options.check() : undefined;
  const errors = validation && !validation.ok ? validation.errors : [];

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (busy.current) return;
    let checked: Validated<V> | undefined;
    if (options.checkOnSubmit) {
      // A second click while the check is awaited does nothing either.
      busy.current = true;
      try {
        checked = await options.checkOnSubmit();
      } finally {
        busy.current = false;
      }
    } else {
      checked = options.check();
    }
    if (!checked) return;
    setAttempt((n) => n + 1);
    setSaveError(null);
    if (!checked.ok) return;
    busy.current = true;
    setSaving(true);
    try {
      const result = await options.save(checked.value);
      await options.afterSave(result);
      // Most forms have gone by now; one that stays (a settings section) can be used again.
      busy.current = false;
      setSaving(false);
      if (options.resetAfterSave) setAttempt(0);
    } catch (error) {
      busy.current = false;
      setSaving(false);
      setSaveError(error instanceof SaveRefused ? error.message : toStorageError(error).message);
    }
  }

  function reset() {
    setAttempt(0);
    setSaveError(null);
  }

  return { attempt, errors, errorAt: (path) => errors.find((e) => e.path === path)?.message, saving, saveError, submit, reset };
}
