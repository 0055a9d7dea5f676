import type { Practitioner } from '../../../shared/domain/directory';
import type { FieldError } from '../../../shared/domain/family';
import { errorAt } from '../../components/form/field-values';
import { RadioGroup } from '../../components/fields/RadioGroup';
import type { ConsentDraft } from './consent-draft';
import type { FamilyPerson } from './family-people';
import { ScopeFields } from './ScopeFields';
import { DecisionFields } from './DecisionFields';

interface Props {
  draft: ConsentDraft;
  errors: readonly FieldError[];
  people: readonly FamilyPerson[];
  agencies: readonly string[];
  practitioners: readonly Practitioner[];
  onChange(change: Partial<ConsentDraft>): void;
  /** Opens the small form for a practitioner who is not in the directory yet. */
  onAddPractitioner?(): void;
}

const WHO_LEGEND: Record<ConsentDraft['kind'], string> = {
  '': 'Who made this decision?',
  given: 'Who gave consent?',
  refused: 'Who said no?',
  withdrawn: 'Who withdrew consent?',
  reviewed: 'Who did you check with?',
};

const HOW_LEGEND: Record<ConsentDraft['kind'], string> = {
  '': 'How did they tell you?',
  given: 'How did they give consent?',
  refused: 'How did they tell you? (optional)',
  withdrawn: 'How did they tell you? (optional)',
  reviewed: 'How did they confirm it?',
};

/** Every question on the consent form, in order. */
export function ConsentFields({ draft, errors, people, agencies, practitioners, onChange, onAddPractitioner }: Props) {
  return (
    <>
      <RadioGroup
        id="consent-kind"
        legend="What happened?"
        error={errorAt(errors, 'kind')}
        value={draft.kind}
        options={[
          { value: 'given', label: 'They agreed (consent given)' },
          { value: 'refused', label: 'They said no (consent refused)' },
          { value: 'withdrawn', label: 'They withdrew consent they had given' },
          { value: 'reviewed', label: 'We checked again and they still agree' },
        ]}
        onChange={(kind) => onChange({ kind })}
      />
      <ScopeFields draft={draft} errors={errors} agencies={agencies} practitioners={practitioners} onChange={onChange} onAddPractitioner={onAddPractitioner} />
      <DecisionFields
        idPrefix="consent-"
        draft={draft}
        errors={errors}
        people={people}
        words={{
          who: WHO_LEGEND[draft.kind],
          how: HOW_LEGEND[draft.kind],
          reviewBy: 'Date to check this consent again (optional)',
          noteHint: 'For example what the family asked us not to share',
          recordedByHint: 'Saved with the entry, so others know who recorded it',
        }}
        asksReview={draft.kind === 'given' || draft.kind === 'reviewed'}
        onChange={onChange}
      />
    </>
  );
}
