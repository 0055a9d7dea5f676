import { ActionChildOptions } from './ActionChildOptions';
import { useMemo, useRef, useState } from 'react';
import { ACTION_STATUS_LABELS, actionStatusSchema, type Action } from '../../../shared/domain/action';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import type { PlanWarning } from '../../../shared/rules/plan-quality';
import { matchOwner, withOwner, type OwnerOption } from '../../../shared/rules/meeting-run/actions-owner';
import { SelectField } from '../../components/fields/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useRepositories } from '../../data/hooks/useRepositories';
import { SaveQueue, type SaveState } from '../../data/save-queue';
import { NewOwner, OwnerField } from './OwnerFields';
import { DateTextField } from './ActionDateField';
import { PHRASE_TYPING } from './field-typing';
import { PlanWarningList } from './PlanWarningList';

interface Props {
  action: Action;
  number: number;
  family: FamilyRecord;
  owners: readonly OwnerOption[];
  ownerListId: string;
  warnings: readonly PlanWarning[];
  /** Must be stable (a state setter): each change's save reports through it. */
  onSaveState(state: SaveState): void;
  /** Takes the action out of the plan (after its last change is written). */
  onRemove(action: Action, number: number): Promise<void>;
  /** Folds the action back into its one-line row. */
  onClose?(): void;
}

/**
 * One agreed action, editable where it stands. Every change is written at once (one write in
 * flight, the latest value next); typing stays in the boxes and never waits for the database.
 */
export function ActionEditor({ action, number, family, owners, ownerListId, warnings, onSaveState, onRemove, onClose }: Props) {
  const { actions } = useRepositories();
  const [draft, setDraft] = useState(action);
  const current = useRef(action);
  const removed = useRef(false);
  const queue = useMemo(() => new SaveQueue<Action>((a) => actions.save(a), onSaveState), [actions, onSaveState]);
  const prefix = `action-${action.id}`;
  const warningsId = `${prefix}-warnings`;

  function change(recipe: (a: Action) => Action) {
    if (removed.current) return;
    const next = { ...recipe(current.current), updatedAt: new Date().toISOString() };
    current.current = next;
    setDraft(next);
    queue.push(next);
  }

  async function remove() {
    removed.current = true;
    await queue.flushed();
    await onRemove(current.current, number);
  }

  const summary = draft.what.trim() || 'Not written yet';
  return (
    <li className="va-action">
      <fieldset className="va-action__fieldset" aria-describedby={warnings.length > 0 ? warningsId : undefined}>
        <legend className="va-action__legend">
          Action {number}: <span className="va-action__summary">{summary}</span>
        </legend>
        {draft.carriedFromId && <p className="va-action__carried">Carried forward from an earlier meeting.</p>}
        <PlanWarningList id={warningsId} label={`Things to check about action ${number}`} warnings={warnings} />
        <TextAreaField
          id={`${prefix}-what`}
          label="What will be done"
          rows={2}
          maxLength={2000}
          value={draft.what}
          onValueChange={(what) => change((a) => ({ ...a, what }))}
        />
        <div className="va-fields-row">
          <SelectField id={`${prefix}-child`} label="Who is it for?" value={draft.childId ?? ''} onValueChange={(childId) => change((a) => ({ ...a, childId: childId === '' ? null : childId }))}>
            <ActionChildOptions family={family} />
          </SelectField>
          <TextField
            id={`${prefix}-need`}
            label="The need it meets"
            hint="In plain words, for example getting to school on time"
            {...PHRASE_TYPING}
            value={draft.need ?? ''}
            onValueChange={(need) => change((a) => ({ ...a, need }))}
          />
        </div>
        <div className="va-fields-row">
          <OwnerField
            id={`${prefix}-owner`}
            hint="One person: a practitioner, a parent or carer, or the young person"
            owners={owners}
            ownerListId={ownerListId}
            value={draft.ownerName}
            onValueChange={(name) => change((a) => withOwner(a, name, owners))}
          />
          <DateTextField id={`${prefix}-due`} label="Done by" value={draft.dueDate} onDateChange={(dueDate) => change((a) => ({ ...a, dueDate }))} />
          <SelectField
            id={`${prefix}-status`}
            label="Status"
            value={draft.status}
            onValueChange={(value) => {
              const status = actionStatusSchema.safeParse(value);
              if (status.success) change((a) => ({ ...a, status: status.data }));
            }}
          >
            {actionStatusSchema.options.map((s) => (
              <option key={s} value={s}>
                {ACTION_STATUS_LABELS[s]}
              </option>
            ))}
          </SelectField>
        </div>
        <NewOwner
          prefix={prefix}
          place={`action:${action.id}`}
          initialName={matchOwner(draft.ownerName, owners) ? '' : draft.ownerName}
          buttonSuffix={` (action ${number})`}
          onAdded={(p) => change((a) => withOwner(a, p.name, [{ name: p.name, kind: 'practitioner', id: p.id, description: '' }]))}
        />
        <TextAreaField
          id={`${prefix}-know`}
          label="How we will know it is done"
          rows={2}
          maxLength={2000}
          value={draft.howWeWillKnow}
          onValueChange={(howWeWillKnow) => change((a) => ({ ...a, howWeWillKnow }))}
        />
        <TextAreaField id={`${prefix}-note`} label="Note (optional)" rows={2} maxLength={10_000} value={draft.note} onValueChange={(note) => change((a) => ({ ...a, note }))} />
        <div className="run-buttons">
          {onClose && (
            <button type="button" className="button button--small" aria-expanded={true} onClick={onClose}>
              Close action {number}
            </button>
          )}
          <button type="button" className="button button--secondary button--small" onClick={() => void remove()}>
            Remove action {number}
          </button>
        </div>
      </fieldset>
    </li>
  );
}
