const RESTORED_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' });

/** Says that what is on screen came back from an earlier visit and has not been saved yet. */
export function DraftRestored({ at, what, onDiscard }: { at: string; what: string; onDiscard(): void }) {
  return (
    <div className="notice" role="status">
      <p>
        We kept what you typed on {RESTORED_TIME.format(new Date(at))}. It has not been saved to {what} yet.
      </p>
      <button type="button" className="button button--secondary" onClick={onDiscard}>
        Start again from the saved settings
      </button>
    </div>
  );
}
