import { dateTimeWords } from '../../../shared/time/london';

export interface RestoredDraftNoticeProps {
  /** When the kept draft was last typed in; nothing is shown when it is null. */
  restoredAt: string | null;
  /** What saving would have done, e.g. "saved to the plan": "It has not been saved to the plan yet." */
  what: string;
  onDiscard(): void;
}

/** Says that what is on screen was kept from an earlier visit, with a way to start again. */
export function RestoredDraftNotice({ restoredAt, what, onDiscard }: RestoredDraftNoticeProps) {
  if (!restoredAt) return null;
  return (
    <div className="notice" role="status">
      <p>
        We kept what you typed on {dateTimeWords(restoredAt)}. It has not been {what} yet.
      </p>
      <button type="button" className="button button--secondary" onClick={onDiscard}>
        Discard what you typed and start again
      </button>
    </div>
  );
}
