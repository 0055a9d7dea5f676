const RESTORED_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' });

/** Says that what is on screen was kept from an earlier visit and has not been saved yet. */
export function RestoredDraftNotice({ restoredAt, onStartAgain }: { restoredAt: string; onStartAgain(): void }) {
  return (
    <div className="notice" role="status">
      <p>We kept what you typed on {RESTORED_TIME.format(new Date(restoredAt))}. It has not been saved to the family yet.</p>
      <button type="button" className="button button--secondary" onClick={onStartAgain}>
        Start again from the saved details
      </button>
    </div>
  );
}
