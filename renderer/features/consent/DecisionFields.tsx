import { consentHowValues, type ConsentHow } from '../../../shared/domain/consent';
import type { FieldError } from '../../../shared/domain/family';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { DateField } from '../../components/fields/DateField';
import { RadioGroup } from '../../components/fields/RadioGroup';
import { errorAt } from '../../components/form/field-values';
import { draftFieldProps } from '../../components/form/field-props';
import type { ConsentDraft } from './consent-draft';
import type { FamilyPerson } from './family-people';

/** Who answered, when, how, until when, a note and who recorded it, as typed. */
export type DecisionDraft = Pick<ConsentDraft, 'byId' | 'on' | 'how' | 'reviewBy' | 'note' | 'recordedBy'>;

/** The words that differ between the one-decision form and the several-agencies form. */
export interface DecisionWords {
  who: string;
  how: string;
  reviewBy: string;
  noteHint: string;
  recordedByHint: string;
}

const HOW: Record<ConsentHow, { label: string; hint: string }> = {
  verbal: { label: 'Spoken', hint: 'In person or on the phone' },
  written: { label: 'In writing', hint: 'For example by email, text message or letter' },
  'signed-form': { label: 'Signed form', hint: 'The family signed a consent form' },
};

interface Props {
  /** Put before each field's name for its id: `consent-` or `agencies-`. */
  idPrefix: string;
  draft: DecisionDraft;
  errors: readonly FieldError[];
  people: readonly FamilyPerson[];
  words: DecisionWords;
  /** Consent given or confirmed: ask when to check it again. */
  asksReview: boolean;
  onChange(change: Partial<DecisionDraft>): void;
}

/** The questions every consent form ends with: who answered, the date, how, when to check again, a note and your name. */
export function DecisionFields({ idPrefix, draft, errors, people, words, asksReview, onChange }: Props) {
  const field = draftFieldProps(draft, errors, onChange, (name) => `${idPrefix}${name}`);
  return (
    <>
      <RadioGroup
        id={`${idPrefix}byId`}
        legend={words.who}
        hint="A parent or carer, or the child or young person themselves"
        error={errorAt(errors, 'byId')}
        value={draft.byId}
        options={people.map((p) => ({ value: p.personId, label: <bdi>{p.name}</bdi>, hint: p.hint }))}
        onChange={(byId) => onChange({ byId })}
      />
      <DateField id={`${idPrefix}on`} label="Date" about="The day they told you, not the day you are typing it." value={draft.on} error={errorAt(errors, 'on')} onValueChange={(on) => onChange({ on })} />
      <RadioGroup
        id={`${idPrefix}how`}
        legend={words.how}
        error={errorAt(errors, 'how')}
        value={draft.how}
        options={consentHowValues.map((value) => ({ value, ...HOW[value] }))}
        onChange={(how) => onChange({ how })}
      />
      {asksReview && (
        <TextField {...field('reviewBy')} label={words.reviewBy} hint="Day/month/year, for example at the next review meeting or in 6 months" width="short" />
      )}
      <TextAreaField id={`${idPrefix}note`} label="Anything else to record (optional)" hint={words.noteHint} rows={3} value={draft.note} error={errorAt(errors, 'note')} onValueChange={(note) => onChange({ note })} />
      <TextField {...field('recordedBy')} label="Your name" hint={words.recordedByHint} width="medium" />
    </>
  );
}
