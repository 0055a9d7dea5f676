import { addChild, removeChild, updateChild } from '../model/draft-edits';
import { ADD_CHILD_ID, errorAt, fieldId } from '../model/field-paths';
import { ChildFields } from './ChildFields';
import { FormSection } from './FormSection';
import type { SectionProps } from './section-props';

export const CHILDREN_HEADING_ID = 'section-children';

export function ChildrenSection({ draft, errors, update, focusNext, newId }: SectionProps) {
  const problem = errorAt(errors, 'children');
  return (
    <FormSection id={CHILDREN_HEADING_ID} title="Children">
      {problem && <p className="field__error">{problem}</p>}
      {draft.children.map((child, i) => (
        <ChildFields
          key={child.id}
          index={i}
          child={child}
          draft={draft}
          errors={errors}
          canRemove={draft.children.length > 1}
          update={update}
          onChange={(change) => update((d) => updateChild(d, i, change))}
          onRemove={() => {
            update((d) => removeChild(d, i));
            focusNext(ADD_CHILD_ID);
          }}
        />
      ))}
      <button
        type="button"
        id={ADD_CHILD_ID}
        className="button button--secondary"
        onClick={() => {
          update((d) => addChild(d, newId()));
          focusNext(fieldId(`children.${draft.children.length}.name`));
        }}
      >
        Add another child
      </button>
    </FormSection>
  );
}
