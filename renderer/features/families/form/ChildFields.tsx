import { TextField } from '../../../components/TextField';
import { CheckboxGroup } from '../../../components/fields/CheckboxGroup';
import { RadioGroup } from '../../../components/fields/RadioGroup';
import { TextAreaField } from '../../../components/TextAreaField';
import { withItem } from '../model/draft-edits';
import type { ChildDraft } from '../model/form-draft';
import { bindFields } from './bind-fields';
import { sendChoices, viewsChoices } from './child-choices';
import { HomesChoice } from './HomesChoice';
import { EntryFieldset, type PersonEntryProps } from './ListSection';
import { LanguageFields } from './LanguageFields';
import { SchoolYearNote } from './SchoolYearNote';

interface Props extends PersonEntryProps<ChildDraft> {
  child: ChildDraft;
}

export function ChildFields({ index, child, draft, errors, canRemove, update, onChange, onRemove }: Props) {
  const field = bindFields(`children.${index}`, child, errors, onChange);
  const text = (name: 'name' | 'preferredName' | 'school' | 'phone' | 'email', label: string, hint?: string, type = 'text') => (
    <TextField
      {...field.text(name)}
      label={label}
      {...(hint ? { hint } : {})}
      type={type}
      dir={type === 'text' ? 'auto' : undefined}
      autoComplete="off"
      spellCheck={type === 'email' ? false : undefined}
      width={name === 'phone' || name === 'email' ? 'medium' : 'full'}
    />
  );
  return (
    <EntryFieldset what="child" index={index} canRemove={canRemove} onRemove={onRemove}>
      {text('name', 'Full name')}
      {text('preferredName', 'Name they like to be called (optional)', 'Only if it is different from their full name')}
      <TextField {...field.text('dateOfBirth')} label="Date of birth" hint="Day/month/year, for example 23/11/2016" autoComplete="off" inputMode="numeric" width="short" />
      <SchoolYearNote id={`${field.place('dateOfBirth').id}-year`} dateOfBirth={child.dateOfBirth} />
      {text('school', 'School or setting (optional)', 'For example the school, nursery or college the child goes to')}
      <HomesChoice kind="child" index={index} personId={child.id} draft={draft} errors={errors} update={update} />
      <RadioGroup
        {...field.place('sendStatus')}
        legend="Special educational needs or disability"
        small
        options={sendChoices}
        value={child.sendStatus}
        onChange={(sendStatus) => onChange({ sendStatus })}
      />
      <TextAreaField {...field.text('sendDetails')} rows={3} dir="auto" label="Their needs or disability, in plain words (optional)" />
      <TextAreaField
        {...field.text('communication')}
        rows={3}
        dir="auto"
        label="How they like to communicate and share their views (optional)"
        hint="In their family's words if you can, for example: talks best while drawing; needs time to answer; uses Makaton"
      />
      <CheckboxGroup
        {...field.place('viewsMethods')}
        legend="Ways they like to share their views (optional)"
        hint="Tick all that apply"
        small
        options={viewsChoices}
        values={child.viewsMethods}
        onChange={(_values, { value: method, checked }) => onChange({ viewsMethods: withItem(child.viewsMethods, method, checked) })}
      />
      <LanguageFields path={`children.${index}`} values={child} errors={errors} onChange={onChange} />
      {text('phone', 'Their own phone number (optional)', 'Only for older children and young people with a phone of their own', 'tel')}
      {text('email', 'Their own email address (optional)', undefined, 'email')}
    </EntryFieldset>
  );
}
