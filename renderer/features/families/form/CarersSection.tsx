import { addCarer, removeCarer, updateCarer } from '../model/draft-edits';
import { ADD_CARER_ID, errorAt, fieldId } from '../model/field-paths';
import { CarerFields } from './CarerFields';
import { FormSection } from './FormSection';
import type { SectionProps } from './section-props';

export const CARERS_HEADING_ID = 'section-carers';

export function CarersSection({ draft, errors, update, focusNext, newId }: SectionProps) {
  const problem = errorAt(errors, 'carers');
  return (
    <FormSection id={CARERS_HEADING_ID} title="Parents and carers">
      {problem && <p className="field__error">{problem}</p>}
      {draft.carers.map((carer, i) => (
        <CarerFields
          key={carer.id}
          index={i}
          carer={carer}
          draft={draft}
          errors={errors}
          canRemove={draft.carers.length > 1}
          update={update}
          onChange={(change) => update((d) => updateCarer(d, i, change))}
          onRemove={() => {
            update((d) => removeCarer(d, i));
            focusNext(ADD_CARER_ID);
          }}
        />
      ))}
      <button
        type="button"
        id={ADD_CARER_ID}
        className="button button--secondary"
        onClick={() => {
          update((d) => addCarer(d, newId()));
          focusNext(fieldId(`carers.${draft.carers.length}.name`));
        }}
      >
        Add another parent or carer
      </button>
    </FormSection>
  );
}
