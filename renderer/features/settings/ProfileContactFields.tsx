import { TextField } from '../../components/TextField';
import { textFieldProps } from '../../components/form/field-props';
import type { Profile, ProfileUse } from '../../../shared/domain/profile';
import { RadioGroup } from '../../components/fields/RadioGroup';
import type { ChoiceOption } from '../../components/fields/choices';

const USES: readonly ChoiceOption<ProfileUse>[] = [
  { value: 'chair', label: 'I chair meetings', hint: 'You plan and run Team Around meetings, write the minutes and share them.' },
  {
    value: 'briefings',
    label: 'I write briefings and reports for meetings others chair',
    hint: 'For example a school’s designated safeguarding lead or SENCO (special educational needs co-ordinator).',
  },
];

const PHONE_HINT = 'Letters and invitations tell families to ring this number to ask questions or ask for another time';
const EMAIL_HINT = 'Calendar invitations come from this address, so replies reach you. Give a phone number, an email address or both';

/** Each field's id: `profile-` and the draft's field, so an error's path finds its field. */
export const profileFieldId = (name: string) => `profile-${name}`;

interface Props {
  value: Profile;
  errorAt(path: string): string | undefined;
  onChange(change: Partial<Profile>): void;
}

/** Where you work, how families can reach you, and how you will use the app. */
export function ProfileContactFields({ value, errorAt, onChange }: Props) {
  const field = textFieldProps({ errorAt, change: onChange }, value, profileFieldId);
  return (
    <>
      <TextField
        {...field('organisation')}
        label="Your organisation (optional)"
        hint="For example Kirkby Family Hub or Oak Lane Primary School. Printed under your name on letters"
        autoComplete="organization"
      />
      <TextField {...field('phone')} label="Phone number" hint={PHONE_HINT} type="tel" autoComplete="tel" width="medium" />
      <TextField {...field('email')} label="Email address" hint={EMAIL_HINT} type="email" autoComplete="email" spellCheck={false} />
      <RadioGroup
        id="profile-use"
        legend="How will you use Team Around?"
        options={USES}
        value={value.use}
        error={errorAt('use')}
        onChange={(use) => onChange({ use })}
        boxed
      />
    </>
  );
}
