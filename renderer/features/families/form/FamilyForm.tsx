import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { FamilyRecord } from '../../../../shared/domain/family-record';
import { newId } from '../../../../shared/domain/ids';
import { todayInLondon } from '../../../../shared/rules/dates';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SaveStatus } from '../../../components/SaveStatus';
import { TextField } from '../../../components/TextField';
import { toStorageError } from '../../../data/errors';
import { useAutosavedDraft } from '../../../data/hooks/useAutosavedDraft';
import { useRepositories } from '../../../data/hooks/useRepositories';
import { useProfile } from '../../../data/hooks/useSettings';
import { validateFamilyForm, type SaveContext } from '../model/draft-to-record';
import { errorAt, errorTargetId } from '../model/field-paths';
import { emptyFamilyDraft, isFamilyFormDraft, type FamilyFormDraft } from '../model/form-draft';
import { recordToDraft } from '../model/record-to-draft';
import { CarersSection, CARERS_HEADING_ID } from './CarersSection';
import { ChildrenSection, CHILDREN_HEADING_ID } from './ChildrenSection';
import { FormContents } from './FormContents';
import { HomesSection, HOMES_HEADING_ID } from './HomesSection';
import { RestoredDraftNotice } from './RestoredDraftNotice';
import { SafetySection, SAFETY_HEADING_ID } from './SafetySection';
import type { SectionProps } from './section-props';
import { useFocusAfterRender } from './useFocusAfterRender';
import { paths } from '../../../components/paths';

const SECTIONS = [
  { id: HOMES_HEADING_ID, title: 'Homes' },
  { id: CHILDREN_HEADING_ID, title: 'Children' },
  { id: CARERS_HEADING_ID, title: 'Parents and carers' },
  { id: SAFETY_HEADING_ID, title: 'Safety' },
];

const UNNAMED_USER = 'Team Around user';

/** Adds a family, or edits one: the whole record. What is typed is kept as a draft until it is saved. */
export function FamilyForm({ family, draftKey }: { family?: FamilyRecord; draftKey: string }) {
  const navigate = useNavigate();
  const { families } = useRepositories();
  const profile = useProfile();
  const draft = useAutosavedDraft<FamilyFormDraft>(draftKey, () => (family ? recordToDraft(family, newId) : emptyFamilyDraft(newId)), isFamilyFormDraft);
  const [attempt, setAttempt] = useState(0);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const focusNext = useFocusAfterRender();

  const value = draft.value;
  if (!value) return <p>Loading…</p>;

  const context = (): SaveContext => ({ today: todayInLondon(), userName: profile?.name || UNNAMED_USER });
  // Messages appear after the first attempt to save, then follow the user's corrections.
  const validation = attempt > 0 ? validateFamilyForm(value, context()) : null;
  const errors = validation && !validation.ok ? validation.errors : [];
  const backTo = family ? paths.family(family.id) : paths.families();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!value || saving) return;
    setAttempt((n) => n + 1);
    setSaveError(null);
    const result = validateFamilyForm(value, context());
    if (!result.ok) return;
    setSaving(true);
    try {
      const saved = family ? await families.update(family.id, result.value) : await families.create(result.value);
      await draft.finish();
      const flash = family ? 'Your changes have been saved.' : `${saved.familyName} has been added.`;
      navigate(paths.family(saved.id), { state: { flash } });
    } catch (error) {
      setSaveError(toStorageError(error).message);
      setSaving(false);
    }
  }

  async function cancel() {
    await draft.discard();
    navigate(backTo);
  }

  const section: SectionProps = { draft: value, errors, update: draft.update, focusNext, newId };

  return (
    <form className="form" noValidate onSubmit={submit}>
      <ErrorSummary errors={errors.map((e) => ({ fieldId: errorTargetId(e.path), message: e.message }))} attempt={attempt} />
      {saveError && (
        <div className="notice notice--problem" role="alert">
          {saveError}
        </div>
      )}
      {draft.restoredAt && <RestoredDraftNotice restoredAt={draft.restoredAt} onStartAgain={() => void draft.discard()} />}

      <TextField
        id="familyName"
        label="Family name"
        hint="How you will find this family, for example the Ahmed family"
        dir="auto"
        autoComplete="off"
        value={value.familyName}
        error={errorAt(errors, 'familyName')}
        onValueChange={(familyName) => draft.update((d) => ({ ...d, familyName }))}
      />
      <FormContents entries={SECTIONS} />
      <HomesSection {...section} />
      <ChildrenSection {...section} />
      <CarersSection {...section} />
      <SafetySection {...section} />

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
