import { useEffect, useRef } from 'react';

/**
 * A calm warning a minute before the app locks during a meeting, as a modal dialog: focus goes to
 * "Stay unlocked" and comes back where it was; Escape or the button keeps the app unlocked.
 */
export function LockWarning({ secondsLeft, onStay }: { secondsLeft: number; onStay(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const box = dialog.current;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (box && !box.open) box.showModal();
    return () => {
      if (box?.open) box.close();
      before?.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className="lock-warning"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="lock-warning-heading"
      aria-describedby="lock-warning-text"
      onCancel={(event) => {
        // Escape: the dialog's own closing is replaced by keeping the app unlocked.
        event.preventDefault();
        onStay();
      }}
    >
      <h2 className="lock-warning__heading" id="lock-warning-heading">
        Team Around will lock soon
      </h2>
      <p id="lock-warning-text">
        The app will lock in {secondsLeft} {secondsLeft === 1 ? 'second' : 'seconds'} to keep the family’s information safe. Press Escape or choose Stay unlocked to keep
        working.
      </p>
      <button type="button" className="button" autoFocus onClick={onStay}>
        Stay unlocked
      </button>
    </dialog>
  );
}
