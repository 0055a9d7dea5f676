/**
 * What the last action change did, for screen readers and sighted users alike: a problem as an
 * alert, otherwise a polite status line (always present, so announcements are not missed).
 */
export function ActionOutcome({ failure, status }: { failure: string | null; status: string }) {
  return (
    <>
      {failure && (
        <p className="field__error" role="alert">
          {failure}
        </p>
      )}
      <p className="va-status" role="status" aria-live="polite">
        {status}
      </p>
    </>
  );
}
