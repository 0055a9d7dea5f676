import { addHome, removeHome, updateAddress, updateHome } from '../model/draft-edits';
import { ADD_HOME_ID, errorAt, fieldId } from '../model/field-paths';
import { FormSection } from './FormSection';
import { HomeFields } from './HomeFields';
import type { SectionProps } from './section-props';

export const HOMES_HEADING_ID = 'section-homes';

export function HomesSection({ draft, errors, update, focusNext, newId }: SectionProps) {
  const problem = errorAt(errors, 'households');
  return (
    <FormSection id={HOMES_HEADING_ID} title="Homes">
      <p>Where the children live or stay. Separated parents often have a home each. Leave the address blank if you do not know it yet.</p>
      {problem && <p className="field__error">{problem}</p>}
      {draft.households.map((home, i) => (
        <HomeFields
          key={home.id}
          index={i}
          home={home}
          errors={errors}
          canRemove={draft.households.length > 1}
          onChange={(change) => update((d) => updateHome(d, i, change))}
          onAddressChange={(change) => update((d) => updateAddress(d, i, change))}
          onRemove={() => {
            update((d) => removeHome(d, i));
            focusNext(ADD_HOME_ID);
          }}
        />
      ))}
      <button
        type="button"
        id={ADD_HOME_ID}
        className="button button--secondary"
        onClick={() => {
          update((d) => addHome(d, newId()));
          focusNext(fieldId(`households.${draft.households.length}.label`));
        }}
      >
        Add another home
      </button>
    </FormSection>
  );
}
