import { ActionChildOptions } from './ActionChildOptions';
import { useMemo, useRef, useState } from 'react';
import { ACTION_STATUS_LABELS, actionStatusSchema, type Action } from '../../../shared/domain/action';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import type { PlanWarning } from '../../../shared/rules/plan-quality';
import { matchOwner, withOwner, type OwnerOption } from '../../../shared/rules/meeting-run/actions-owner';
import { oneOwnerCheck } from '../../../shared/rules/one-owner';
import { FieldFrame } from '../../components/FieldFrame';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { focusById } from '../../components/focus';
import { useRepositories } from '../../data/hooks/useRepositories';
import { SaveQueue, type SaveState } from '../../data/save-queue';
import { InlinePractitionerForm } from '../directory';
import { DateTextField } from './ActionDateField';

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
  // The small form for an owner who is not in the directory yet.
  const [addingOwner, setAddingOwner] = useState(false);
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
        {warnings.length > 0 && (
          <ul className="va-warnings" id={warningsId} aria-label={`Things to check about action ${number}`}>
            {warnings.map((w, i) => (
              <li key={i} className="va-warnings__item">
                {w.message}
              </li>
            ))}
          </ul>
        )}
        <TextAreaField
          id={`${prefix}-what`}
          label="What will be done"
          rows={2}
          maxLength={2000}
          value={draft.what}
          onValueChange={(what) => change((a) => ({ ...a, what }))}
        />
        <div className="va-fields-row">
          <FieldFrame id={`${prefix}-child`} label="Who is it for?">
            {(describedBy) => (
              <select
                id={`${prefix}-child`}
                className="input select"
                aria-describedby={describedBy}
                value={draft.childId ?? ''}
                onChange={(e) => change((a) => ({ ...a, childId: e.target.value === '' ? null : e.target.value }))}
              >
                <ActionChildOptions family={family} />
              </select>
            )}
          </FieldFrame>
          <TextField
            id={`${prefix}-need`}
            label="The need it meets"
            hint="In plain words, for example getting to school on time"
            autoComplete="off"
            width="medium"
            maxLength={300}
            value={draft.need ?? ''}
            onValueChange={(need) => change((a) => ({ ...a, need }))}
          />
        </div>
        <div className="va-fields-row">
          <TextField
            id={`${prefix}-owner`}
            label="Who will do it"
            hint={oneOwnerCheck(draft.ownerName, owners.map((o) => o.name)) ?? 'One person: a practitioner, a parent or carer, or the young person'}
            autoComplete="off"
            width="medium"
            list={ownerListId}
            maxLength={300}
            value={draft.ownerName}
            onValueChange={(name) => change((a) => withOwner(a, name, owners))}
          />
          <DateTextField id={`${prefix}-due`} label="Done by" value={draft.dueDate} onDateChange={(dueDate) => change((a) => ({ ...a, dueDate }))} />
          <FieldFrame id={`${prefix}-status`} label="Status">
            {(describedBy) => (
              <select
                id={`${prefix}-status`}
                className="input select"
                aria-describedby={describedBy}
                value={draft.status}
                onChange={(e) => {
                  const status = actionStatusSchema.safeParse(e.target.value);
                  if (status.success) change((a) => ({ ...a, status: status.data }));
                }}
              >
                {actionStatusSchema.options.map((s) => (
                  <option key={s} value={s}>
                    {ACTION_STATUS_LABELS[s]}
                  </option>
                ))}
              </select>
            )}
          </FieldFrame>
        </div>
        {addingOwner ? (
          <section aria-labelledby={`${prefix}-new-owner-heading`} className="inline-form">
            <h4 id={`${prefix}-new-owner-heading`} tabIndex={-1}>
              Someone who is not in the directory
            </h4>
            <p className="hint-text">They are added to the directory too, so they can own other actions and be invited to meetings.</p>
            <InlinePractitionerForm
              place={`action:${action.id}`}
              initialName={matchOwner(draft.ownerName, owners) ? '' : draft.ownerName}
              submitLabel="Add to the directory and make them the owner"
              onAdded={(p) => {
                change((a) => withOwner(a, p.name, [{ name: p.name, kind: 'practitioner', id: p.id, description: '' }]));
                setAddingOwner(false);
                window.setTimeout(() => focusById(`${prefix}-owner`), 0);
              }}
              onCancel={() => {
                setAddingOwner(false);
                window.setTimeout(() => focusById(`${prefix}-add-owner`), 0);
              }}
            />
          </section>
        ) : (
          <div className="button-group">
            <button
              type="button"
              id={`${prefix}-add-owner`}
              className="button button--secondary button--small"
              onClick={() => {
                setAddingOwner(true);
                window.setTimeout(() => focusById(`${prefix}-new-owner-heading`), 0);
              }}
            >
              Add an owner who is not in the directory<span className="visually-hidden"> (action {number})</span>
            </button>
          </div>
        )}
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
