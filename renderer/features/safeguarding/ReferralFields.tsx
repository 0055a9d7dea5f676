import type { FieldError } from '../../../shared/domain/family';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import { knownAs } from '../../../shared/domain/person';
import { TextField } from '../../components/TextField';
import { DateField } from '../../components/fields/DateField';
import { CheckboxGroup } from '../../components/fields/CheckboxGroup';
import { bindFields } from '../../components/form/bind-fields';
import { errorAt } from '../../components/form/field-values';
import { RadioGroup } from '../../components/fields/RadioGroup';
import { TextAreaField as TextArea } from '../../components/TextAreaField';
import type { ReferralDraft } from './referral-draft';

interface Props {
  family: Pick<FamilyRecord, 'children'>;
  draft: ReferralDraft;
  errors: readonly FieldError[];
  onChange(change: Partial<ReferralDraft>): void;
}

/** Every question about the referral, in order. */
export function ReferralFields({ family, draft, errors, onChange }: Props) {
  const field = bindFields({ values: draft, onChange, idOf: (name) => `referral-${name}`, errorAt: (name) => errorAt(errors, name) });
  const told = (
    <>
      <DateField {...field.text('toldOn')} label="When were they told?" />
      <TextField {...field.text('toldBy')} label="Who told them?" autoComplete="off" width="medium" />
      <TextField {...field.text('toldWho')} label="Which family members were told, and how (optional)" hint="For example: Mum, by phone" autoComplete="off" />
    </>
  );
  const notTold = (
    <TextArea {...field.text('whyNot')} label="Why were they not told?" hint="For example: social care advised us not to, because telling Dad could put the children at risk." />
  );
  return (
    <>
      <CheckboxGroup
        {...field.place('childIds')}
        legend="Which children is the referral about?"
        hint="Choose all that apply"
        values={draft.childIds}
        options={family.children.map((c) => ({ value: c.id, label: <bdi>{knownAs(c)}</bdi> }))}
        onChange={(childIds) => onChange({ childIds })}
      />
      <DateField {...field.text('referredOn')} label="Date of the referral" />
      <TextField {...field.text('referrerName')} label="Who made the referral?" autoComplete="off" width="medium" />
      <TextField {...field.text('referrerRole')} label="Their role (optional)" hint="For example designated safeguarding lead" autoComplete="off" width="medium" />
      <TextField {...field.text('referredTo')} label="Who was the referral made to?" hint="For example the children's social care front door, or the police" autoComplete="off" />
      <TextArea
        {...field.text('reason')}
        label="Why was the referral made?"
        hint="What you saw or were told, and why you are worried. Use facts and, where you can, people's own words."
        rows={6}
      />
      <RadioGroup
        {...field.place('told')}
        legend="Was the family told about the referral?"
        hint="Families are usually told, unless telling them could put a child at more risk."
        value={draft.told}
        options={[
          { value: 'yes', label: 'Yes', conditional: told },
          { value: 'no', label: 'No', conditional: notTold },
        ]}
        onChange={(value) => onChange({ told: value })}
      />
      <TextField {...field.text('recordedBy')} label="Your name" hint="Saved with the referral, so others know who recorded it" autoComplete="off" width="medium" />
    </>
  );
}
