import { consentHowValues, type ConsentHow } from '../../../shared/domain/consent';
import type { Practitioner } from '../../../shared/domain/directory';
import type { FieldError } from '../../../shared/domain/family';
import { TextField } from '../../components/TextField';
import { DateField } from '../../components/fields/DateField';
import { errorAt } from '../../components/form/field-values';
import { RadioGroup } from '../../components/fields/RadioGroup';
import { TextAreaField as TextArea } from '../../components/TextAreaField';
import type { ConsentDraft } from './consent-draft';
import type { FamilyPerson } from './family-people';
import { ScopeFields } from './ScopeFields';

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

const HOW: Record<ConsentHow, { label: string; hint: string }> = {
  verbal: { label: 'Spoken', hint: 'In person or on the phone' },
  written: { label: 'In writing', hint: 'For example by email, text message or letter' },
  'signed-form': { label: 'Signed form', hint: 'The family signed a consent form' },
};

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
  const asksReview = draft.kind === 'given' || draft.kind === 'reviewed';
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
      <RadioGroup
        id="consent-byId"
        legend={WHO_LEGEND[draft.kind]}
        hint="A parent or carer, or the child or young person themselves"
        error={errorAt(errors, 'byId')}
        value={draft.byId}
        options={people.map((p) => ({ value: p.personId, label: <bdi>{p.name}</bdi>, hint: p.hint }))}
        onChange={(byId) => onChange({ byId })}
      />
      <DateField
        id="consent-on"
        label="Date"
        about="The day they told you, not the day you are typing it."
        value={draft.on}
        error={errorAt(errors, 'on')}
        onValueChange={(on) => onChange({ on })}
      />
      <RadioGroup
        id="consent-how"
        legend={HOW_LEGEND[draft.kind]}
        error={errorAt(errors, 'how')}
        value={draft.how}
        options={consentHowValues.map((value) => ({ value, ...HOW[value] }))}
        onChange={(how) => onChange({ how })}
      />
      {asksReview && (
        <TextField
          id="consent-reviewBy"
          label="Date to check this consent again (optional)"
          hint="Day/month/year, for example at the next review meeting or in 6 months"
          autoComplete="off"
          width="short"
          value={draft.reviewBy}
          error={errorAt(errors, 'reviewBy')}
          onValueChange={(reviewBy) => onChange({ reviewBy })}
        />
      )}
      <TextArea
        id="consent-note"
        label="Anything else to record (optional)"
        hint="For example what the family asked us not to share"
        rows={3}
        value={draft.note}
        error={errorAt(errors, 'note')}
        onValueChange={(note) => onChange({ note })}
      />
      <TextField
        id="consent-recordedBy"
        label="Your name"
        hint="Saved with the entry, so others know who recorded it"
        autoComplete="off"
        width="medium"
        value={draft.recordedBy}
        error={errorAt(errors, 'recordedBy')}
        onValueChange={(recordedBy) => onChange({ recordedBy })}
      />
    </>
  );
}
