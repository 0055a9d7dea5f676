import type { ReactNode } from 'react';
import { useFocusAfter } from './useFocusAfter';

export interface AskFirstProps {
  /** Whether the question is open; the page keeps it, so it can close the question after the answer. */
  asking: boolean;
  onAskingChange(asking: boolean): void;
  /** The button that opens the question: "Delete this briefing". */
  askLabel: string;
  /** The opening button's id: focus comes back to it when the answer is no. */
  askId: string;
  /** The opening button in the warning colour rather than the secondary one. */
  warning?: boolean;
  /** The question's `h3` id: it takes focus when the question opens. */
  questionId: string;
  question: ReactNode;
  /** Under the question: what the change does, or a problem with it. */
  children?: ReactNode;
  yesLabel: string;
  onYes(): void;
  /** True while the change is being made: the yes button is disabled. */
  busy?: boolean;
  noLabel?: string;
}

/**
 * A change that cannot be undone, asked first: a button opens the question (focus moves to it),
 * "Yes" makes the change, "No" closes the question and gives focus back to the button.
 */
export function AskFirst({ asking, onAskingChange, askLabel, askId, warning = false, questionId, question, children, yesLabel, onYes, busy = false, noLabel = 'No, keep it' }: AskFirstProps) {
  const focusAfter = useFocusAfter();
  const answer = (open: boolean, focusId: string) => {
    onAskingChange(open);
    focusAfter(focusId);
  };
  if (!asking) {
    return (
      <button type="button" id={askId} className={warning ? 'button button--warning' : 'button button--secondary'} onClick={() => answer(true, questionId)}>
        {askLabel}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-labelledby={questionId}>
      <h3 className="confirm__heading" id={questionId} tabIndex={-1}>
        {question}
      </h3>
      {children}
      <div className="confirm__buttons">
        <button type="button" className="button button--warning" disabled={busy} onClick={onYes}>
          {yesLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={() => answer(false, askId)}>
          {noLabel}
        </button>
      </div>
    </div>
  );
}
