import { addHome, removeHome, updateAddress, updateHome } from '../model/draft-edits';
import { ADD_HOME_ID } from '../model/field-paths';
import { HomeFields } from './HomeFields';
import { ListSection } from './ListSection';
import type { SectionProps } from './section-props';

export const HOMES_HEADING_ID = 'section-homes';

const INTRO = <p>Where the children live or stay. Separated parents often have a home each. Leave the address blank if you do not know it yet.</p>;

export function HomesSection(props: SectionProps) {
  const { draft, update } = props;
  return (
    <ListSection {...props} headingId={HOMES_HEADING_ID} title="Homes" intro={INTRO} items={draft.households} path="households" firstField="label" addId={ADD_HOME_ID} addLabel="Add another home" add={addHome} remove={removeHome}>
      {(home, entry) => (
        <HomeFields
          key={home.id}
          {...entry}
          home={home}
          onChange={(change) => update((d) => updateHome(d, entry.index, change))}
          onAddressChange={(change) => update((d) => updateAddress(d, entry.index, change))}
        />
      )}
    </ListSection>
  );
}
