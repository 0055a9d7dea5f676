import type { TextFieldProps } from '../../components/form/field-props';
import { TextField } from '../../components/TextField';
import type { PractitionerDraft } from './practitioner-draft';

/** A practitioner's fields: name, role, agency and how to reach them (the directory's form and the inline one). */
export function PractitionerFields({ field }: { field: (name: keyof PractitionerDraft) => TextFieldProps }) {
  return (
    <>
      <TextField {...field('name')} label="Full name" />
      <TextField {...field('role')} label="Role" hint="In plain words, for example school nurse or family support worker" />
      <TextField {...field('agency')} label="Agency or organisation" hint="For example Oak Lane Primary School or the housing team" />
      <fieldset className="fieldset" aria-describedby="practitioner-contact-hint">
        <legend className="fieldset__legend">How to contact them</legend>
        <p className="field__hint" id="practitioner-contact-hint">
          Give a phone number, a secure email address or both.
        </p>
        <TextField {...field('phone')} label="Phone number" type="tel" width="medium" />
        <TextField
          {...field('secureEmail')}
          label="Secure email address"
          hint="The address their organisation uses to share information safely"
          type="email"
          spellCheck={false}
        />
      </fieldset>
    </>
  );
}
