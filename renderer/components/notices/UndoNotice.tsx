import { useEffect, useRef } from 'react';

export interface UndoableRemoval {
  /** Counts removals, so a second removal of something with the same name still takes focus. */
  key: number;
  /** What was removed, as the user knows it: "“Getting to school”". */
  what: string;
  undo(): void;
}

/**
 * "“Getting to school” removed. Undo": shown after something is removed, until the next change or
 * an undo, with no time limit (WCAG 2.2.1). It takes focus, so the Undo button is the next Tab.
 */
export function UndoNotice({ removal, onDismiss }: { removal: UndoableRemoval | null; onDismiss(): void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (removal) ref.current?.focus();
  }, [removal]);
  if (!removal) return null;
  return (
    <div className="notice notice--undo" role="status" tabIndex={-1} ref={ref}>
      <p>{removal.what} removed.</p>
      <div className="button-group">
        <button type="button" className="button button--secondary button--small" onClick={removal.undo}>
          Undo<span className="visually-hidden"> removing {removal.what}</span>
        </button>
        <button type="button" className="button button--secondary button--small" onClick={onDismiss}>
          Close<span className="visually-hidden"> this message</span>
        </button>
      </div>
    </div>
  );
}
