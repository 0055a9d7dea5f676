import { contactMethodLabels, contactMethodValues } from '../../../../shared/domain/person';
import { TextField } from '../../../components/TextField';
import { Checkbox } from '../../../components/fields/Checkbox';
import { RadioGroup } from '../../../components/fields/RadioGroup';
import { TextAreaField } from '../../../components/TextAreaField';
import type { CarerDraft } from '../model/form-draft';
import { bindFields } from './bind-fields';
import { CarerRelationships } from './CarerRelationships';
import { HomesChoice } from './HomesChoice';
import { EntryFieldset, type PersonEntryProps } from './ListSection';
import { LanguageFields } from './LanguageFields';

const CONTACT_CHOICES = contactMethodValues.map((value) => ({ value, label: contactMethodLabels[value] }));

interface Props extends PersonEntryProps<CarerDraft> {
  carer: CarerDraft;
}

export function CarerFields({ index, carer, draft, errors, canRemove, update, onChange, onRemove }: Props) {
  const field = bindFields(`carers.${index}`, carer, errors, onChange);
  return (
    <EntryFieldset what="parent or carer" index={index} canRemove={canRemove} onRemove={onRemove}>
      <TextField {...field.text('name')} label="Full name" dir="auto" autoComplete="off" />
      <HomesChoice kind="carer" index={index} personId={carer.id} draft={draft} errors={errors} update={update} />
      <CarerRelationships carerIndex={index} carer={carer} draft={draft} errors={errors} update={update} />
      <TextField {...field.text('phone')} label="Phone number (optional)" type="tel" autoComplete="off" width="medium" />
      <TextField {...field.text('email')} label="Email address (optional)" type="email" autoComplete="off" spellCheck={false} />
      <RadioGroup
        {...field.place('preferredContactMethod')}
        legend="How do they like to be contacted?"
        small
        options={CONTACT_CHOICES}
        value={carer.preferredContactMethod}
        onChange={(preferredContactMethod) => onChange({ preferredContactMethod })}
      />
      <TextField {...field.text('preferredContactTimes')} label="Best times to contact them (optional)" hint="For example after 3pm, not on Wednesdays" dir="auto" autoComplete="off" />
      <LanguageFields path={`carers.${index}`} values={carer} errors={errors} onChange={onChange} />
      <TextAreaField
        {...field.text('literacyOrAccessNeeds')}
        rows={3}
        dir="auto"
        label="Literacy or access needs (optional)"
        hint="For example: would like letters read to them over the phone; uses a wheelchair; needs large print"
      />
      <Checkbox
        id={field.place('easyReadNeeded').id}
        label="Send them easy read versions of letters and minutes"
        checked={carer.easyReadNeeded}
        onCheckedChange={(easyReadNeeded) => onChange({ easyReadNeeded })}
      />
    </EntryFieldset>
  );
}
