import type { ReactNode } from 'react';
import type { FamilyRecord } from '../../../../shared/domain/family-record';
import { DetailsCard } from '../../../components/DetailsCard';
import type { ProtectedDetail } from '../../../../shared/domain/safety-flag';
import { hiddenFromFor } from '../model/hidden-details';
import { HiddenMarker } from './HiddenMarker';

/** One person's details: their name (kept as written) over the rows. */
export function PersonSummary({ name, children }: { name: string; children: ReactNode }) {
  return (
    <DetailsCard block="person" name={name}>
      {children}
    </DetailsCard>
  );
}

/** The marker for a detail of this person's that is kept from others, by detail. */
export function hiddenMarkers(family: FamilyRecord, personId: string) {
  return (detail: ProtectedDetail) => <HiddenMarker family={family} hiddenFrom={hiddenFromFor(family, personId, detail)} />;
}
