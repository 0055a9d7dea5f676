import { clockTime } from '../../shared/time/london';
import type { SaveState } from '../data/save-queue';

/** A quiet line saying whether what was typed is safe. Polite, so it never interrupts typing. */
export function SaveStatus({ state, savedLabel = 'Saved' }: { state: SaveState; savedLabel?: string }) {
  let text = '';
  if (state.status === 'saving') text = 'Saving…';
  if (state.status === 'saved') text = `${savedLabel} at ${clockTime(state.at)}`;
  if (state.status === 'failed') text = state.message;
  return (
    <p className={`save-status save-status--${state.status}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}
