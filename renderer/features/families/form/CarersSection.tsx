import { addCarer, removeCarer, updateCarer } from '../model/draft-edits';
import { ADD_CARER_ID } from '../model/field-paths';
import { CarerFields } from './CarerFields';
import { ListSection } from './ListSection';
import type { SectionProps } from './section-props';

export const CARERS_HEADING_ID = 'section-carers';

export function CarersSection(props: SectionProps) {
  const { draft, update } = props;
  return (
    <ListSection {...props} headingId={CARERS_HEADING_ID} title="Parents and carers" items={draft.carers} path="carers" firstField="name" addId={ADD_CARER_ID} addLabel="Add another parent or carer" add={addCarer} remove={removeCarer}>
      {(carer, entry) => <CarerFields key={carer.id} {...entry} carer={carer} draft={draft} update={update} onChange={(change) => update((d) => updateCarer(d, entry.index, change))} />}
    </ListSection>
  );
}
