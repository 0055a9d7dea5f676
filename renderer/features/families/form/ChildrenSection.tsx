import { addChild, removeChild, updateChild } from '../model/draft-edits';
import { ADD_CHILD_ID } from '../model/field-paths';
import { ChildFields } from './ChildFields';
import { ListSection } from './ListSection';
import type { SectionProps } from './section-props';

export const CHILDREN_HEADING_ID = 'section-children';

export function ChildrenSection(props: SectionProps) {
  const { draft, update } = props;
  return (
    <ListSection {...props} headingId={CHILDREN_HEADING_ID} title="Children" items={draft.children} path="children" firstField="name" addId={ADD_CHILD_ID} addLabel="Add another child" add={addChild} remove={removeChild}>
      {(child, entry) => <ChildFields key={child.id} {...entry} child={child} draft={draft} update={update} onChange={(change) => update((d) => updateChild(d, entry.index, change))} />}
    </ListSection>
  );
}
