import { clockTime } from '../../../shared/time/london';
import type { SaveState } from '../../data/save-queue';

interface Props {
  state: SaveState;
  lastSavedAt: Date | null;
  slowSave: boolean;
  onRetry: () => void;
}

/**
 * Whether what was typed is safe, for the live meeting. Polite and quiet: it says "Saved at 16:02"
 * and only changes when the minute changes, a save is slow, or something goes wrong, so a screen
 * reader is not interrupted on every key press.
 */
export function SavedIndicator({ state, lastSavedAt, slowSave, onRetry }: Props) {
  let text = 'Everything typed is saved as you go.';
  if (lastSavedAt) text = `Saved at ${clockTime(lastSavedAt)}`;
  if (state.status === 'saving' && slowSave) text = 'Saving…';
  if (state.status === 'failed') text = `Not saved. ${state.message}`;

  return (
    <div className="run-saved">
      <p className={`run-saved__text${state.status === 'failed' ? ' run-saved__text--failed' : ''}`} role="status" aria-live="polite">
        {text}
      </p>
      {state.status === 'failed' && (
        <button type="button" className="button button--secondary button--small" onClick={onRetry}>
          Try saving again
        </button>
      )}
    </div>
  );
}
