import { dateTimeWords } from '../../../shared/time/london';

/** Says that what is in the form was kept from an earlier visit, and offers to start again. */
export function RestoredDraftNotice({ restoredAt, onDiscard }: { restoredAt: string | null; onDiscard(): void }) {
  if (!restoredAt) return null;
  return (
    <div className="notice" role="status">
      <p>We kept what you typed on {dateTimeWords(restoredAt)}. It has not been saved to the directory yet.</p>
      <button type="button" className="button button--secondary" onClick={onDiscard}>
        Start again from the saved details
      </button>
    </div>
  );
}
