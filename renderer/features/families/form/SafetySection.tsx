import { peopleOf } from '../model/names';
import { FormSection } from './FormSection';
import { PersonSafety } from './PersonSafety';
import type { SectionProps } from './section-props';

export const SAFETY_HEADING_ID = 'section-safety';

export function SafetySection({ draft, errors, update, newId }: SectionProps) {
  const people = peopleOf(draft);
  const childIds = new Set(draft.children.map((c) => c.id));
  return (
    <FormSection id={SAFETY_HEADING_ID} title="Safety">
      <p>
        If someone&rsquo;s phone number, email address, address or school must never be shown to another person in the family, for example where
        there is domestic abuse, say so here. Team Around leaves those details out of everything made for that person.
      </p>
      {people.map((person) => (
        <PersonSafety
          key={person.id}
          person={person}
          isChild={childIds.has(person.id)}
          draft={draft}
          others={people.filter((p) => p.id !== person.id)}
          errors={errors}
          update={update}
          newId={newId}
        />
      ))}
    </FormSection>
  );
}
