import type { ReactNode } from 'react';
import type { FieldError } from '../../../../shared/domain/family';
import { capitalise } from '../../../../shared/words/case';
import type { FamilyFormDraft } from '../model/form-draft';
import { errorAt, fieldId } from '../model/field-paths';
import { FormSection } from './FormSection';
import type { SectionProps } from './section-props';

type ListPath = 'households' | 'carers' | 'children';

/** What every entry's fields are given: where it is in the list, the errors, and whether and how it can be removed. */
export interface EntryProps {
  index: number;
  errors: readonly FieldError[];
  /** False for the only one left. */
  canRemove: boolean;
  /** Removes it and moves focus to the add button. */
  onRemove(): void;
}

interface ListSectionProps<T> extends SectionProps {
  headingId: string;
  title: string;
  intro?: ReactNode;
  /** Where the list is in the draft; its error and the new entry's first field are found from it. */
  path: ListPath;
  items: readonly T[];
  /** The field that takes focus in a new entry. */
  firstField: string;
  addId: string;
  addLabel: string;
  add(draft: FamilyFormDraft, id: string): FamilyFormDraft;
  remove(draft: FamilyFormDraft, index: number): FamilyFormDraft;
  /** One entry's fields. */
  children(item: T, entry: EntryProps): ReactNode;
}

/** A person's entry: their fields also change the rest of the draft (homes, relationships). */
export interface PersonEntryProps<P> extends EntryProps {
  draft: FamilyFormDraft;
  update(change: (draft: FamilyFormDraft) => FamilyFormDraft): void;
  onChange(change: Partial<P>): void;
}

/** One entry's fields under its legend ("Child 2"), then its remove button ("Remove child 2") when it can be removed. */
export function EntryFieldset({ what, index, canRemove, onRemove, children }: Omit<EntryProps, 'errors'> & { what: string; children: ReactNode }) {
  const name = `${what} ${index + 1}`;
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{capitalise(name)}</legend>
      {children}
      {canRemove && (
        <button type="button" className="button button--secondary" onClick={onRemove}>
          Remove {name}
        </button>
      )}
    </fieldset>
  );
}

/** A section of the family form that lists homes, carers or children: each one's fields, then a button to add another. */
export function ListSection<T extends { id: string }>({ headingId, title, intro, path, items, firstField, addId, addLabel, add, remove, children, ...section }: ListSectionProps<T>) {
  const { errors, update, focusNext, newId } = section;
  const problem = errorAt(errors, path);
  return (
    <FormSection id={headingId} title={title}>
      {intro}
      {problem && <p className="field__error">{problem}</p>}
      {items.map((item, index) =>
        children(item, {
          index,
          errors,
          canRemove: items.length > 1,
          onRemove: () => {
            update((d) => remove(d, index));
            focusNext(addId);
          },
        }),
      )}
      <button
        type="button"
        id={addId}
        className="button button--secondary"
        onClick={() => {
          update((d) => add(d, newId()));
          focusNext(fieldId(`${path}.${items.length}.${firstField}`));
        }}
      >
        {addLabel}
      </button>
    </FormSection>
  );
}
