import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import {
  draftFromFamily,
  emptyCarerDraft,
  emptyChildDraft,
  isFamilyDraft,
  validateFamilyDraft,
  type FamilyInput,
  type FamilyDraft,
} from '../../../shared/domain/family';
import { upgradeFamilyV1, type FamilyRecord } from '../../../shared/domain/family-record';
import type { FamilyContent } from '../../data/repositories/families';
import { newId } from '../../../shared/domain/ids';
import { todayInLondon } from '../../../shared/rules/dates';
import { ErrorSummary } from '../../components/ErrorSummary';
import { focusById } from '../../components/focus';
import { SaveStatus } from '../../components/SaveStatus';
import { TextField } from '../../components/TextField';
import { toStorageError } from '../../data/errors';
import { useAutosavedDraft } from '../../data/hooks/useAutosavedDraft';
import { useRepositories } from '../../data/hooks/useRepositories';
import { CarerFields } from './CarerFields';
import { ChildFields } from './ChildFields';
import { fieldId, errorAt } from './fieldIds';

/** The form edits the core details; everything else on the record is kept as it was. */
function contentFrom(input: FamilyInput, existing: FamilyRecord | undefined): FamilyContent {
  const upgraded = upgradeFamilyV1({ ...input, id: existing?.id ?? newId(), createdAt: '', updatedAt: '', isPractice: false });
  const carers = upgraded.carers.map((c) => ({ ...(existing?.carers.find((e) => e.id === c.id) ?? c), ...pick(c, ['name', 'relationship', 'phone', 'email']) }));
  const children = upgraded.children.map((c) => ({ ...(existing?.children.find((e) => e.id === c.id) ?? c), ...pick(c, ['name', 'dateOfBirth', 'school']) }));
  return { familyName: input.familyName, households: existing?.households ?? [], safetyFlags: existing?.safetyFlags ?? [], carers, children };
}

function pick<T extends object, K extends keyof T>(value: T, keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, value[k]])) as Pick<T, K>;
}

function emptyFamily(): FamilyDraft {
  return { familyName: '', carers: [emptyCarerDraft(newId())], children: [emptyChildDraft(newId())] };
}

const RESTORED_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' });

/** Adds a family, or edits one. What is typed is kept as a draft until it is saved. */
export function FamilyForm({ family, draftKey }: { family?: FamilyRecord; draftKey: string }) {
  const navigate = useNavigate();
  const { families } = useRepositories();
  const draft = useAutosavedDraft(draftKey, () => (family ? draftFromFamily(family) : emptyFamily()), isFamilyDraft);
  const [attempt, setAttempt] = useState(0);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // After adding or removing a row, focus moves to where the user will type next, once it is on screen.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (focusNext.current) {
      focusById(focusNext.current);
      focusNext.current = null;
    }
  });

  const setFocusNextField = (id: string) => {
    focusNext.current = id;
  };

  const value = draft.value;
  if (!value) return <p>Loading…</p>;

  // Messages appear after the first attempt to save, then follow the user's corrections.
  const validation = attempt > 0 ? validateFamilyDraft(value, todayInLondon()) : null;
  const errors = validation && !validation.ok ? validation.errors : [];
  const backTo = family ? `/families/${family.id}` : '/families';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!value || saving) return;
    setAttempt((n) => n + 1);
    setSaveError(null);
    const result = validateFamilyDraft(value, todayInLondon());
    if (!result.ok) return;
    setSaving(true);
    try {
      const content = contentFrom(result.value, family);
      const saved = family ? await families.update(family.id, content) : await families.create(content);
      await draft.finish();
      const flash = family ? 'Your changes have been saved.' : `${saved.familyName} has been added.`;
      navigate(`/families/${saved.id}`, { state: { flash } });
    } catch (error) {
      setSaveError(toStorageError(error).message);
      setSaving(false);
    }
  }

  async function cancel() {
    await draft.discard();
    navigate(backTo);
  }

  return (
    <form className="form" noValidate onSubmit={submit}>
      <ErrorSummary errors={errors.map((e) => ({ fieldId: fieldId(e.path), message: e.message }))} attempt={attempt} />
      {saveError && (
        <div className="notice notice--problem" role="alert">
          {saveError}
        </div>
      )}
      {draft.restoredAt && (
        <div className="notice" role="status">
          <p>
            We kept what you typed on {RESTORED_TIME.format(new Date(draft.restoredAt))}. It has not been saved to the family yet.
          </p>
          <button type="button" className="button button--secondary" onClick={() => void draft.discard()}>
            Start again from the saved details
          </button>
        </div>
      )}

      <TextField
        id="familyName"
        label="Family name"
        hint="How you will find this family, for example the Ahmed family"
        autoComplete="off"
        value={value.familyName}
        error={errorAt(errors, 'familyName')}
        onValueChange={(familyName) => draft.update((d) => ({ ...d, familyName }))}
      />

      <h2 className="section-heading">Parents and carers</h2>
      {errorAt(errors, 'carers') && <p className="field__error">{errorAt(errors, 'carers')}</p>}
      {value.carers.map((carer, i) => (
        <CarerFields
          key={carer.id}
          index={i}
          carer={carer}
          errors={errors}
          canRemove={value.carers.length > 1}
          onChange={(change) => draft.update((d) => ({ ...d, carers: d.carers.map((c, j) => (j === i ? { ...c, ...change } : c)) }))}
          onRemove={() => {
            draft.update((d) => ({ ...d, carers: d.carers.filter((_, j) => j !== i) }));
            setFocusNextField('add-carer');
          }}
        />
      ))}
      <button
        type="button"
        id="add-carer"
        className="button button--secondary"
        onClick={() => {
          draft.update((d) => ({ ...d, carers: [...d.carers, emptyCarerDraft(newId())] }));
          setFocusNextField(fieldId(`carers.${value.carers.length}.name`));
        }}
      >
        Add another parent or carer
      </button>

      <h2 className="section-heading">Children</h2>
      {errorAt(errors, 'children') && <p className="field__error">{errorAt(errors, 'children')}</p>}
      {value.children.map((child, i) => (
        <ChildFields
          key={child.id}
          index={i}
          child={child}
          errors={errors}
          canRemove={value.children.length > 1}
          onChange={(change) => draft.update((d) => ({ ...d, children: d.children.map((c, j) => (j === i ? { ...c, ...change } : c)) }))}
          onRemove={() => {
            draft.update((d) => ({ ...d, children: d.children.filter((_, j) => j !== i) }));
            setFocusNextField('add-child');
          }}
        />
      ))}
      <button
        type="button"
        id="add-child"
        className="button button--secondary"
        onClick={() => {
          draft.update((d) => ({ ...d, children: [...d.children, emptyChildDraft(newId())] }));
          setFocusNextField(fieldId(`children.${value.children.length}.name`));
        }}
      >
        Add another child
      </button>

      <div className="form__actions">
        <SaveStatus state={draft.saveState} savedLabel="Draft kept" />
        <button type="submit" className="button" disabled={saving}>
          {family ? 'Save changes' : 'Save family'}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void cancel()}>
          Cancel and discard changes
        </button>
      </div>
    </form>
  );
}
