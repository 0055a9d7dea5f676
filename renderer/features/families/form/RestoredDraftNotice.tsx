import { dateTimeWords } from '../../../../shared/time/london';

/** Says that what is on screen was kept from an earlier visit and has not been saved yet. */
export function RestoredDraftNotice({ restoredAt, onStartAgain }: { restoredAt: string; onStartAgain(): void }) {
  return (
    <div className="notice" role="status">
      <p>We kept what you typed on {dateTimeWords(restoredAt)}. It has not been saved to the family yet.</p>
      <button type="button" className="button button--secondary" onClick={onStartAgain}>
        Start again from the saved details
      </button>
    </div>
  );
}
