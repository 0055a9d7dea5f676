import type { AreaSettings } from '../../../shared/domain/area-settings';
import type { FieldError } from '../../../shared/domain/family';
import { describeReviewFrequency } from '../../../shared/domain/review-frequency';
import { DateField } from '../../components/fields/DateField';
import { useAreaWords } from '../../data/hooks/useSettings';
import { bindFields } from '../../components/form/bind-fields';
import { errorAt } from '../../components/form/field-values';
import { RadioGroup } from '../../components/fields/RadioGroup';
import { SelectField } from '../../components/fields/SelectField';
import { TextAreaField as TextArea } from '../../components/TextAreaField';
import { frequencyChoices, frequencyKey, type PlanDraft } from './plan-draft';

interface Props {
  draft: PlanDraft;
  errors: readonly FieldError[];
  settings: AreaSettings;
  isNew: boolean;
  onChange(change: Partial<PlanDraft>): void;
}

/** The plan's own details: when it started, why, the level of need and how often it is reviewed. */
export function PlanFields({ draft, errors, settings, isNew, onChange }: Props) {
  const words = useAreaWords();
  const usual = frequencyKey(settings.defaultReviewFrequency);
  const field = bindFields({ values: draft, onChange, idOf: (name) => `plan-${name}`, errorAt: (name) => errorAt(errors, name) });
  return (
    <>
      <DateField {...field.text('startDate')} label="Start date" about={`The day the family agreed to ${words.service} and this plan.`} />
      <TextArea
        {...field.text('reason')}
        label={`Why the family is getting ${words.service}`}
        hint="In plain words the family would use, for example: Amir is missing school and Mum would like help with mornings."
      />
      <RadioGroup
        {...field.place('levelOfNeed')}
        legend="Level of need"
        hint="Your area's scale, from the least to the most need"
        value={draft.levelOfNeed}
        options={settings.levelsOfNeed.map((level) => ({ value: level.key, label: level.label, ...(level.description ? { hint: level.description } : {}) }))}
        onChange={(levelOfNeed) => onChange({ levelOfNeed })}
      />
      <SelectField {...field.text('reviewFrequency')} label="How often the plan will be reviewed" hint={`Your area usually reviews plans ${describeReviewFrequency(settings.defaultReviewFrequency)}.`}>
        {frequencyChoices().map((f) => {
          const key = frequencyKey(f);
          const text = describeReviewFrequency(f);
          return (
            <option key={key} value={key}>
              {text.charAt(0).toUpperCase() + text.slice(1)}
              {key === usual ? " (your area's usual)" : ''}
            </option>
          );
        })}
      </SelectField>
      <DateField
        {...field.text('nextReviewDate')}
        label={isNew ? 'Date agreed for the first review (optional)' : 'Date agreed for the next review (optional)'}
        about="Leave this empty to follow how often the plan is reviewed."
      />
    </>
  );
}
