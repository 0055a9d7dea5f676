const RESTORED_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' });

/** Says that what is in the form was kept from an earlier visit, and offers to start again. */
export function RestoredDraftNotice({ restoredAt, onDiscard }: { restoredAt: string | null; onDiscard(): void }) {
  if (!restoredAt) return null;
  return (
    <div className="notice" role="status">
      <p>We kept what you typed on {RESTORED_TIME.format(new Date(restoredAt))}. It has not been saved to the directory yet.</p>
      <button type="button" className="button button--secondary" onClick={onDiscard}>
        Start again from the saved details
      </button>
    </div>
  );
}
