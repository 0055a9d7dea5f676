import type { FamilyRecord } from '../../../../shared/domain/family-record';
import { formatAddress, type Household } from '../../../../shared/domain/household';
import { knownAs } from '../../../../shared/domain/person';
import { DetailsCard } from '../../../components/DetailsCard';
import { homeHiddenFrom } from '../model/hidden-details';
import { homeLabel } from '../model/names';
import { HiddenMarker } from './HiddenMarker';
import { NameList } from './NameList';
import { SummaryRow } from './SummaryRow';

export function HomeSummary({ family, home, index }: { family: FamilyRecord; home: Household; index: number }) {
  const marker = <HiddenMarker family={family} hiddenFrom={homeHiddenFrom(family, home.id)} />;
  const residents = [
    ...family.children.filter((c) => home.childIds.includes(c.id)).map(knownAs),
    ...family.carers.filter((c) => home.carerIds.includes(c.id)).map((c) => c.name),
  ];
  return (
    <DetailsCard block="person" name={homeLabel(home, index)}>
      <SummaryRow label="Address" marker={marker}>
        {formatAddress(home.address) || 'Not known yet'}
      </SummaryRow>
      <SummaryRow label="Home phone" marker={marker}>
        {home.phone}
      </SummaryRow>
      <SummaryRow label="Who lives or stays here">{residents.length > 0 ? <NameList names={residents} /> : 'Nobody recorded yet'}</SummaryRow>
    </DetailsCard>
  );
}
