import { useNavigate } from 'react-router';
import { agreementRuleMeanings, agreementRuleValues, MEETING_LOCK_CHOICES, type AreaSettings } from '../../../shared/domain/area-settings';
import { RadioGroup } from '../../components/fields/RadioGroup';
import { SelectField } from '../../components/fields/SelectField';
import { DraftFormNotices } from '../../components/form/DraftFormNotices';
import { FormActions } from '../../components/form/FormActions';
import { TextField } from '../../components/TextField';
import { textFieldProps } from '../../components/form/field-props';
import { SaveRefused, useDraftForm } from '../../components/form/useDraftForm';
import { useRepositories } from '../../data/hooks/useRepositories';
import { AREA_DRAFT_KEY, areaFieldId, draftFromSettings, errorFor, inputFromDraft, isAreaDraft, sortByForm, validateAreaDraft, type AreaDraft } from './area-draft';
import { LevelsEditor } from './LevelsEditor';
import { LogoField } from './LogoField';
import { ReviewFrequencyField } from './ReviewFrequencyField';
import { TextAreaField } from '../../components/TextAreaField';
import { WordsFields } from './WordsFields';
import { paths } from '../../components/paths';

/** Changes the area's settings. What is typed is kept as a draft until it is saved. */
export function AreaSettingsForm({ saved }: { saved: AreaSettings }) {
  const navigate = useNavigate();
  const { settings } = useRepositories();
  const form = useDraftForm({
    draftKey: AREA_DRAFT_KEY,
    initial: () => draftFromSettings(saved),
    isDraft: isAreaDraft,
    check: (d: AreaDraft) => {
      const problems = validateAreaDraft(d);
      return problems.length > 0 ? { ok: false, errors: sortByForm(problems) } : { ok: true, value: inputFromDraft(d) };
    },
    save: async (input) => {
      const result = await settings.saveArea(input);
      // The form makes the repository's own check first, so this is only a safety net.
      if (!result.ok) throw new SaveRefused(result.errors[0]?.message ?? 'The area settings could not be saved. Check your answers and try again.');
    },
    afterSave: () => navigate(paths.settings(), { state: { flash: 'The area settings have been saved. Every screen now uses them.' } }),
    afterCancel: () => navigate(paths.settings()),
  });
  const { draft, value, errors } = form;
  if (!value) return <p>Loading…</p>;

  const set = form.change;
  // The area's own text fields: their ids are the draft's field names.
  const field = textFieldProps<Pick<AreaDraft, 'areaName' | 'protectiveMarking'>>(form, value, (name) => name);

  return (
    <form className="form" noValidate onSubmit={form.submit}>
      <DraftFormNotices form={form} fieldId={areaFieldId} what="saved to the area settings" />

      <h2 className="section-heading">Your area</h2>
      <TextField
        {...field('areaName')}
        label="Name of your area (optional)"
        hint="Your council or partnership, for example Leeds City Council. It is shown at the top of every screen."
      />
      <LogoField logo={value.logo} errors={errors} onChange={(logo) => set({ logo })} />

      <h2 className="section-heading">The words your area uses</h2>
      <p className="field__hint">Screens and documents use these words, so families and colleagues see the names they already know.</p>
      <WordsFields words={value.words} errors={errors} onChange={(change) => set({ words: { ...value.words, ...change } })} />

      <LevelsEditor levels={value.levels} errors={errors} onChange={(levels) => set({ levels })} />

      <h2 className="section-heading">Reviews and documents</h2>
      <ReviewFrequencyField count={value.reviewCount} unit={value.reviewUnit} errors={errors} onChange={set} />
      <TextField
        {...field('protectiveMarking')}
        label="Protective marking"
        hint="Printed at the top and bottom of every page of every document. Most areas use OFFICIAL-SENSITIVE, which is used if you leave this empty."
        spellCheck={false}
        width="medium"
      />
      <TextAreaField
        id="templatesSource"
        label="Where your term dates and templates come from (optional)"
        hint="So colleagues know where to check for updates, for example: Term dates from Leeds City Council, updated each July"
        value={value.templatesSource}
        error={errorFor(errors, 'templatesSource')}
        onValueChange={(templatesSource) => set({ templatesSource })}
      />

      <h2 className="section-heading">Meetings and minutes</h2>
      <RadioGroup
        id="agreement-rule"
        legend="When do the minutes count as agreed with the family?"
        hint="Each parent or carer answers on their own. The minutes page shows who has answered and who has not."
        error={errorFor(errors, 'agreementRule')}
        value={value.agreementRule}
        options={agreementRuleValues.map((rule) => ({ value: rule, label: agreementRuleMeanings[rule] }))}
        onChange={(agreementRule) => set({ agreementRule })}
      />
      <SelectField
        id="meeting-lock-after"
        label="During a meeting, lock after this long without use"
        hint="For the live meeting screen and the family’s review. Team Around warns a minute before it locks, and the chair can keep it unlocked with one key."
        error={errorFor(errors, 'meetingLockAfterMinutes')}
        value={value.meetingLockAfter}
        onValueChange={(meetingLockAfter) => set({ meetingLockAfter })}
      >
        <option value="">The usual time (set under Locking)</option>
        {MEETING_LOCK_CHOICES.map((m) => (
          <option key={m} value={String(m)}>
            {m} minutes
          </option>
        ))}
      </SelectField>

      <FormActions saveState={draft.saveState} submitLabel="Save area settings" busy={form.saving} onCancel={() => void form.cancel()} />
    </form>
  );
}
