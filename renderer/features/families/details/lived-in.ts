import type { FamilyRecord } from '../../../../shared/domain/family-record';
import { householdsOf } from '../../../../shared/domain/household';
import { homeLabel } from '../model/names';

/** The names of the homes a person lives in, as the family page shows them. */
export function homesOf(family: FamilyRecord, personId: string): string[] {
  const homes = householdsOf(family.households, personId);
  return homes.map((home) => homeLabel(home, family.households.indexOf(home)));
}
