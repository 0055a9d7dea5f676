import { Fragment } from 'react';
import { clockTime } from '../../../shared/time/london';
import { InPageLink } from '../../components/InPageLink';
import type { SaveState } from '../../data/save-queue';
import type { ProblemLink } from './field-problem-links';

interface Props {
  state: SaveState;
  lastSavedAt: Date | null;
  slowSave: boolean;
  onRetry: () => void;
  /** Fields that cannot be saved as they are; everything else is. */
  problems?: readonly ProblemLink[];
  /** Opens the part of the screen a problem's field is on, then focuses it. */
  onFollow?: (problem: ProblemLink) => void;
}

/**
 * Whether what was typed is safe, for the live meeting. Polite and quiet: it says "Saved at 16:02"
 * and only changes when the minute changes, a save is slow, a field cannot be saved, or something
 * goes wrong, so a screen reader is not interrupted on every key press.
 */
export function SavedIndicator({ state, lastSavedAt, slowSave, onRetry, problems = [], onFollow }: Props) {
  let text = 'Everything typed is saved as you go.';
  if (lastSavedAt) text = `Saved at ${clockTime(lastSavedAt)}`;
  if (state.status === 'saving' && slowSave) text = 'Saving…';
  if (state.status === 'failed') text = `Not saved. ${state.message}`;
  const except = state.status !== 'failed' && problems.length > 0;

  return (
    <div className="run-saved">
      <p className={`run-saved__text${state.status === 'failed' || except ? ' run-saved__text--failed' : ''}`} role="status" aria-live="polite">
        {except ? <SavedExcept problems={problems} onFollow={onFollow} /> : text}
      </p>
      {state.status === 'failed' && (
        <button type="button" className="button button--secondary button--small" onClick={onRetry}>
          Try saving again
        </button>
      )}
    </div>
  );
}

/** "Saved, except one field: the notes on “Welcome”." with a link to each field. */
function SavedExcept({ problems, onFollow }: { problems: readonly ProblemLink[]; onFollow: ((problem: ProblemLink) => void) | undefined }) {
  return (
    <>
      {problems.length === 1 ? 'Saved, except one field: ' : `Saved, except ${problems.length} fields: `}
      {problems.map((problem, i) => (
        <Fragment key={`${problem.id ?? ''}-${i}`}>
          {i > 0 && ', '}
          {problem.id === undefined ? (
            problem.label
          ) : (
            <InPageLink to={problem.id} onFollow={onFollow && (() => onFollow(problem))}>
              {problem.label}
            </InPageLink>
          )}
        </Fragment>
      ))}
      .
    </>
  );
}
