import type { TextFieldProps } from '../../components/form/field-props';
import { TextField } from '../../components/TextField';
import { TimeField } from '../../components/fields/TimeField';
import type { PractitionerDraft } from './practitioner-draft';

/**
 * A practitioner's fields: name, role, agency, how to reach them and (`withHours`) their working
 * hours. The directory's form has them all; the small inline one leaves the hours at the default.
 */
export function PractitionerFields({ field, withHours = true }: { field: (name: keyof PractitionerDraft) => TextFieldProps; withHours?: boolean }) {
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
      {withHours && (
        <fieldset className="fieldset" aria-describedby="practitioner-hours-hint">
          <legend className="fieldset__legend">Working hours</legend>
          <p className="field__hint" id="practitioner-hours-hint">
            Meeting times are found inside these hours. Usually 09:00 to 17:00.
          </p>
          <div className="inline-fields">
            <TimeField {...field('workStart')} label="Starts work at" hint="For example 09:00" />
            <TimeField {...field('workEnd')} label="Finishes work at" hint="For example 17:00" />
          </div>
        </fieldset>
      )}
    </>
  );
}
