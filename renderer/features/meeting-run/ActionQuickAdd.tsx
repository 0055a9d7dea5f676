import { ActionOutcome } from './ActionOutcome';
import { ActionChildOptions } from './ActionChildOptions';
import { DATE_TYPING } from './field-typing';
import { useEffect, useState, type KeyboardEvent } from 'react';
import type { Action } from '../../../shared/domain/action';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import { newId } from '../../../shared/domain/ids';
import { buildQuickAction, emptyQuickAction, isQuickActionDraft, nextCreatedAt } from '../../../shared/rules/meeting-run/actions-entry';
import type { OwnerOption } from '../../../shared/rules/meeting-run/actions-owner';
import { SelectField } from '../../components/fields/SelectField';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/form/useFormSubmit';
import { useAutosavedDraft } from '../../data/hooks/useAutosavedDraft';
import { NewOwner, OwnerField } from './OwnerFields';

export const ADD_ACTION_WHAT_ID = 'add-action-what';

interface Props {
  family: FamilyRecord;
  meetingId: string;
  owners: readonly OwnerOption[];
  /** The datalist of owners' names, shared with every action's owner box. */
  ownerListId: string;
  /** The plan's actions now: the new one is numbered and timed after them. */
  planned: readonly Action[];
  add(action: Action): Promise<void>;
}

/**
 * Quick entry from the keyboard: type what will be done and press Enter; Tab first to say for
 * which child, who and by when. Focus comes back to "What will be done" for the next one. What is
 * typed is kept as a draft, so closing the window loses nothing.
 */
export function ActionQuickAdd({ family, meetingId, owners, ownerListId, planned, add }: Props) {
  const draft = useAutosavedDraft(`meeting-run:add-action:${meetingId}`, emptyQuickAction, isQuickActionDraft);
  const [status, setStatus] = useState('');
  const value = draft.value ?? emptyQuickAction();
  // The draft stays for the next action, so this form uses the autosaved draft with the submit hook.
  const form = useFormSubmit({
    check: () => {
      if (draft.value === undefined) return undefined;
      const built = buildQuickAction(draft.value, {
        id: newId(),
        familyId: family.id,
        meetingId,
        now: nextCreatedAt(new Date(), planned),
        owners,
        childIds: family.children.map((c) => c.id),
      });
      return built.ok ? { ok: true, value: built.action } : { ok: false, errors: built.problems.map((p) => ({ path: p.field, message: p.message })) };
    },
    save: async (action: Action) => {
      await add(action);
      return action;
    },
    afterSave: (action) => {
      setStatus(`Action ${planned.length + 1} added: ${action.what}`);
      // The child stays chosen, so several actions for one child go in quickly.
      draft.update((d) => ({ ...emptyQuickAction(), childId: d.childId }));
      document.getElementById(ADD_ACTION_WHAT_ID)?.focus();
    },
    resetAfterSave: true,
  });
  const firstError = form.errors[0]?.path;

  // After a refused attempt, the first field with a problem takes focus.
  useEffect(() => {
    if (firstError) document.getElementById(firstError === 'due' ? 'add-action-due' : ADD_ACTION_WHAT_ID)?.focus();
    // Only after an attempt to add, not while the person types.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [form.attempt]);

  /** Enter in "What will be done" or "Done by" adds the action, as a quick way through a list. */
  function onEnter(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    void submit();
  }

  async function submit() {
    setStatus('');
    await form.submit();
  }

  return (
    <section className="va-quick-add" aria-labelledby="add-action-heading">
      <h3 className="subsection-heading" id="add-action-heading">
        Add an action
      </h3>
      <TextField
        id={ADD_ACTION_WHAT_ID}
        label="What will be done"
        hint="In plain words. Press Enter to add it, or Tab first to say who it is for, who will do it and by when."
        autoComplete="off"
        maxLength={2000}
        onKeyDown={onEnter}
        value={value.what}
        error={form.errorAt('what')}
        onValueChange={(what) => draft.update((d) => ({ ...d, what }))}
      />
      <div className="va-fields-row">
        <SelectField id="add-action-child" label="Who is it for?" value={value.childId} onValueChange={(childId) => draft.update((d) => ({ ...d, childId }))}>
          <ActionChildOptions family={family} />
        </SelectField>
        <OwnerField
          id="add-action-owner"
          hint="One person: start typing a name, or type anyone’s"
          owners={owners}
          ownerListId={ownerListId}
          value={value.ownerName}
          onValueChange={(ownerName) => draft.update((d) => ({ ...d, ownerName }))}
        />
        <TextField
          {...DATE_TYPING}
          id="add-action-due"
          label="Done by"
          onKeyDown={onEnter}
          value={value.due}
          error={form.errorAt('due')}
          onValueChange={(due) => draft.update((d) => ({ ...d, due }))}
        />
      </div>
      <NewOwner
        prefix="add-action"
        place={`add-action:${meetingId}`}
        initialName={owners.some((o) => o.name === value.ownerName.trim()) ? '' : value.ownerName}
        onAdded={(p) => draft.update((d) => ({ ...d, ownerName: p.name }))}
      />
      <button type="button" className="button" onClick={() => void submit()}>
        Add the action
      </button>
      <ActionOutcome failure={form.saveError} status={status} />
    </section>
  );
}
