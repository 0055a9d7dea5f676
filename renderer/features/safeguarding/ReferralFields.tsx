import type { FieldError } from '../../../shared/domain/family';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import { knownAs } from '../../../shared/domain/person';
import { TextField } from '../../components/TextField';
import { DateField } from '../../components/fields/DateField';
import { CheckboxGroup } from '../../components/fields/CheckboxGroup';
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
  const err = (field: string) => errorAt(errors, field);
  const told = (
    <>
      <DateField
        id="referral-toldOn"
        label="When were they told?"
        value={draft.toldOn}
        error={err('toldOn')}
        onValueChange={(toldOn) => onChange({ toldOn })}
      />
      <TextField id="referral-toldBy" label="Who told them?" autoComplete="off" width="medium" value={draft.toldBy} error={err('toldBy')} onValueChange={(toldBy) => onChange({ toldBy })} />
      <TextField
        id="referral-toldWho"
        label="Which family members were told, and how (optional)"
        hint="For example: Mum, by phone"
        autoComplete="off"
        value={draft.toldWho}
        error={err('toldWho')}
        onValueChange={(toldWho) => onChange({ toldWho })}
      />
    </>
  );
  const notTold = (
    <TextArea
      id="referral-whyNot"
      label="Why were they not told?"
      hint="For example: social care advised us not to, because telling Dad could put the children at risk."
      value={draft.whyNot}
      error={err('whyNot')}
      onValueChange={(whyNot) => onChange({ whyNot })}
    />
  );
  return (
    <>
      <CheckboxGroup
        id="referral-childIds"
        legend="Which children is the referral about?"
        hint="Choose all that apply"
        error={err('childIds')}
        values={draft.childIds}
        options={family.children.map((c) => ({ value: c.id, label: <bdi>{knownAs(c)}</bdi> }))}
        onChange={(childIds) => onChange({ childIds })}
      />
      <DateField
        id="referral-referredOn"
        label="Date of the referral"
        value={draft.referredOn}
        error={err('referredOn')}
        onValueChange={(referredOn) => onChange({ referredOn })}
      />
      <TextField id="referral-referrerName" label="Who made the referral?" autoComplete="off" width="medium" value={draft.referrerName} error={err('referrerName')} onValueChange={(referrerName) => onChange({ referrerName })} />
      <TextField
        id="referral-referrerRole"
        label="Their role (optional)"
        hint="For example designated safeguarding lead"
        autoComplete="off"
        width="medium"
        value={draft.referrerRole}
        error={err('referrerRole')}
        onValueChange={(referrerRole) => onChange({ referrerRole })}
      />
      <TextField
        id="referral-referredTo"
        label="Who was the referral made to?"
        hint="For example the children's social care front door, or the police"
        autoComplete="off"
        value={draft.referredTo}
        error={err('referredTo')}
        onValueChange={(referredTo) => onChange({ referredTo })}
      />
      <TextArea
        id="referral-reason"
        label="Why was the referral made?"
        hint="What you saw or were told, and why you are worried. Use facts and, where you can, people's own words."
        rows={6}
        value={draft.reason}
        error={err('reason')}
        onValueChange={(reason) => onChange({ reason })}
      />
      <RadioGroup
        id="referral-told"
        legend="Was the family told about the referral?"
        hint="Families are usually told, unless telling them could put a child at more risk."
        error={err('told')}
        value={draft.told}
        options={[
          { value: 'yes', label: 'Yes', conditional: told },
          { value: 'no', label: 'No', conditional: notTold },
        ]}
        onChange={(value) => onChange({ told: value })}
      />
      <TextField
        id="referral-recordedBy"
        label="Your name"
        hint="Saved with the referral, so others know who recorded it"
        autoComplete="off"
        width="medium"
        value={draft.recordedBy}
        error={err('recordedBy')}
        onValueChange={(recordedBy) => onChange({ recordedBy })}
      />
    </>
  );
}
