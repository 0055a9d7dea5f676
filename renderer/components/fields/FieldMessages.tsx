import type { ReactNode } from 'react';

/**
 * A field's hint and error message. The ids follow the kit's one scheme: `${id}-hint` and
 * `${id}-error`, where `id` is the field's own id (its input's, or its group's first option's).
 */
export function FieldMessages({ id, hint, error }: { id: string; hint?: ReactNode; error?: string | undefined }) {
  return (
    <>
      {hint && (
        <div className="field__hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
    </>
  );
}

/** The ids of a field's hint and error, for aria-describedby; undefined when there are none. */
export function describedBy(id: string, hint: unknown, error: string | undefined): string | undefined {
  return [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean).join(' ') || undefined;
}

/** The class of the box around one field: a red bar at the side when it has an error. */
export function fieldClass(error: string | undefined): string {
  return `field${error ? ' field--error' : ''}`;
}
