import { useNavigate } from 'react-router';
import type { FamilyRecord } from '../../../../shared/domain/family-record';
import { newId } from '../../../../shared/domain/ids';
import { todayInLondon } from '../../../../shared/rules/dates';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { FormActions } from '../../../components/form/FormActions';
import { TextField } from '../../../components/TextField';
import { useDraftForm } from '../../../components/form/useDraftForm';
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
import { RestoredDraftNotice } from '../../../components/notices/RestoredDraftNotice';
import { SaveProblem } from '../../../components/notices/SaveProblem';
import { SafetySection, SAFETY_HEADING_ID } from './SafetySection';
import type { SectionProps } from './section-props';
import { useFocusAfter } from '../../../components/useFocusAfter';
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
  const focusNext = useFocusAfter();
  const backTo = family ? paths.family(family.id) : paths.families();
  const form = useDraftForm({
    draftKey,
    initial: (): FamilyFormDraft => (family ? recordToDraft(family, newId) : emptyFamilyDraft(newId)),
    isDraft: isFamilyFormDraft,
    check: (d: FamilyFormDraft) => validateFamilyForm(d, { today: todayInLondon(), userName: profile?.name || UNNAMED_USER } satisfies SaveContext),
    save: (checked) => (family ? families.update(family.id, checked) : families.create(checked)),
    afterSave: (saved) => {
      const flash = family ? 'Your changes have been saved.' : `${saved.familyName} has been added.`;
      navigate(paths.family(saved.id), { state: { flash } });
    },
    afterCancel: () => navigate(backTo),
  });
  const { draft, value, errors, saveError } = form;
  if (!value) return <p>Loading…</p>;

  const section: SectionProps = { draft: value, errors, update: draft.update, focusNext, newId };

  return (
    <form className="form" noValidate onSubmit={form.submit}>
      <ErrorSummary errors={errors.map((e) => ({ fieldId: errorTargetId(e.path), message: e.message }))} attempt={form.attempt} />
      <SaveProblem message={saveError} />
      <RestoredDraftNotice restoredAt={draft.restoredAt} what="saved to the family" onDiscard={() => void draft.discard()} />

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

      <FormActions saveState={draft.saveState} submitLabel={family ? 'Save changes' : 'Save family'} busy={form.saving} onCancel={() => void form.cancel()} />
    </form>
  );
}
