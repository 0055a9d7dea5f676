import { TextField } from '../../components/TextField';
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

interface Props {
  value: Profile;
  errorAt(path: string): string | undefined;
  onChange(change: Partial<Profile>): void;
}

/** Where you work, how families can reach you, and how you will use the app. */
export function ProfileContactFields({ value, errorAt, onChange }: Props) {
  return (
    <>
      <TextField
        id="profile-organisation"
        label="Your organisation (optional)"
        hint="For example Kirkby Family Hub or Oak Lane Primary School. Printed under your name on letters"
        autoComplete="organization"
        value={value.organisation}
        error={errorAt('organisation')}
        onValueChange={(organisation) => onChange({ organisation })}
      />
      <TextField
        id="profile-phone"
        label="Phone number"
        hint="Letters and invitations tell families to ring this number to ask questions or ask for another time"
        type="tel"
        autoComplete="tel"
        width="medium"
        value={value.phone}
        error={errorAt('phone')}
        onValueChange={(phone) => onChange({ phone })}
      />
      <TextField
        id="profile-email"
        label="Email address"
        hint="Calendar invitations come from this address, so replies reach you. Give a phone number, an email address or both"
        type="email"
        autoComplete="email"
        spellCheck={false}
        value={value.email}
        error={errorAt('email')}
        onValueChange={(email) => onChange({ email })}
      />
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
