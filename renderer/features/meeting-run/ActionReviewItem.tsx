import { useState } from 'react';
import type { Action } from '../../../shared/domain/action';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import { ACTION_PROGRESS_LABELS, type ActionProgress, type ActionUpdate } from '../../../shared/domain/meeting-record';
import { canCarryForward } from '../../../shared/rules/meeting-run/actions-review';
import { TextAreaField } from '../../components/TextAreaField';
import { RadioGroup } from '../../components/fields/RadioGroup';
import { childWords, dueWords } from './useActionsData';

const PROGRESS_OPTIONS = (['done', 'partly', 'not-done'] as const).map((value) => ({ value, label: ACTION_PROGRESS_LABELS[value] }));

interface Props {
  action: Action;
  family: FamilyRecord;
  update: ActionUpdate;
  /** Where it was agreed, in words, e.g. "the first meeting on Thursday 3 December 2026 at 4pm". */
  agreedAt: string | null;
  /** The action it became in this meeting's plan, and its number there, when carried forward. */
  carried: { action: Action; number: number } | null;
  onProgress(progress: ActionProgress): void;
  onNote(note: string): void;
  onCarry(): Promise<void>;
  onUndoCarry(): Promise<void>;
}

/** One earlier action: how far it got, a note, and whether it goes on into this plan. */
export function ActionReviewItem({ action, family, update, agreedAt, carried, onProgress, onNote, onCarry, onUndoCarry }: Props) {
  const [busy, setBusy] = useState(false);
  const prefix = `review-${action.id}`;
  const run = async (work: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };
  return (
    <li className="va-review">
      <fieldset className="va-review__fieldset">
        <legend className="va-review__legend">{action.what.trim() || 'An action with no words'}</legend>
        <dl className="va-review__facts">
          <div>
            <dt>For</dt>
            <dd>{childWords(family, action.childId)}</dd>
          </div>
          <div>
            <dt>Who will do it</dt>
            <dd>{action.ownerName.trim() || 'No one agreed'}</dd>
          </div>
          <div>
            <dt>Done by</dt>
            <dd>{dueWords(action.dueDate)}</dd>
          </div>
          {agreedAt && (
            <div>
              <dt>Agreed at</dt>
              <dd>{agreedAt}</dd>
            </div>
          )}
        </dl>
        <RadioGroup<ActionProgress>
          id={`${prefix}-progress`}
          legend="How far has it got?"
          options={PROGRESS_OPTIONS}
          value={update.progress ?? ''}
          onChange={onProgress}
          inline
        />
        <TextAreaField id={`${prefix}-note`} label="Note about how it went (optional)" rows={2} maxLength={4000} value={update.note} onValueChange={onNote} />
        {carried ? (
          <div className="va-review__carried">
            <p>Carried forward into this plan as action {carried.number}.</p>
            <button id={`${prefix}-undo`} type="button" className="button button--secondary button--small" disabled={busy} onClick={() => void run(onUndoCarry)}>
              Take it back out of this plan
            </button>
          </div>
        ) : (
          canCarryForward(update) && (
            <button id={`${prefix}-carry`} type="button" className="button button--secondary" disabled={busy} onClick={() => void run(onCarry)}>
              Carry forward into this plan
            </button>
          )
        )}
      </fieldset>
    </li>
  );
}
