import { dateTimeWords } from '../../../shared/time/london';

/** Says that what is on screen came back from an earlier visit and has not been saved yet. */
export function DraftRestored({ at, what, onDiscard }: { at: string; what: string; onDiscard(): void }) {
  return (
    <div className="notice" role="status">
      <p>
        We kept what you typed on {dateTimeWords(at)}. It has not been saved to {what} yet.
      </p>
      <button type="button" className="button button--secondary" onClick={onDiscard}>
        Start again from the saved settings
      </button>
    </div>
  );
}
