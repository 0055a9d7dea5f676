import { dateTimeWords } from '../../../../shared/time/london';

/** Says that what is on screen was kept from an earlier visit, with a way to start again. */
export function RestoredDraftNotice({ restoredAt, what, onDiscard }: { restoredAt: string | null; what: string; onDiscard(): void }) {
  if (!restoredAt) return null;
  return (
    <div className="notice" role="status">
      <p>
        We kept what you typed on {dateTimeWords(restoredAt)}. It has not been {what} yet.
      </p>
      <button type="button" className="button button--secondary" onClick={onDiscard}>
        Clear the form and start again
      </button>
    </div>
  );
}

/** A save that failed for a reason outside the form (storage full, database busy). */
export function SaveProblem({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <div className="notice notice--problem" role="alert">
      {message}
    </div>
  );
}
