import type { TextFieldProps } from '../../components/form/field-props';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import type { ServiceDraft } from './service-draft';

/** A local service's fields: what it offers, for whom, how to refer, and how to reach it. */
export function ServiceFields({ field }: { field: (name: keyof ServiceDraft) => TextFieldProps }) {
  return (
    <>
      <TextField {...field('name')} label="Name of the service" />
      <TextAreaField {...field('offer')} label="What they offer" hint="In plain words, for example parenting courses, stay and play sessions or debt advice" />
      <TextAreaField {...field('forWhom')} label="Who it is for" hint="For example parents of children under 5 who live in the area" />
      <TextAreaField {...field('howToRefer')} label="How to refer" hint="For example: families can ring to refer themselves; professionals use the referral form" />
      <TextField {...field('phone')} label="Phone number (optional)" type="tel" width="medium" />
      <TextField {...field('email')} label="Email address (optional)" type="email" spellCheck={false} />
      <TextField {...field('website')} label="Website (optional)" hint="For example www.example.org.uk" spellCheck={false} />
      <TextAreaField {...field('notes')} label="Notes (optional)" hint="Anything else worth knowing, for example opening times or waiting lists" />
    </>
  );
}
