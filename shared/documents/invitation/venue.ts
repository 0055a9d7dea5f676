/** Where the meeting is, as one recipient may be told it. */
import type { FamilyRecord } from '../../domain/family-record';
import { formatAddress, isAddressEmpty } from '../../domain/household';
import type { InvitationVenue } from './types';

export type VenueForRecipient =
  | { kind: 'shown'; name: string; address: string }
  /** A family home whose address is withheld from this recipient by a safety flag. */
  | { kind: 'withheld'; name: string }
  /** A family home with no address recorded yet. */
  | { kind: 'unknown'; name: string };

/**
 * `redacted` must already be `redactFor(recipient, family)`: a home whose address is flagged
 * against the recipient then has an empty address, and is reported as withheld.
 */
export function venueFor(venue: InvitationVenue, redacted: FamilyRecord, original: FamilyRecord): VenueForRecipient {
  if (venue.kind === 'place') return { kind: 'shown', name: venue.name, address: venue.address };
  const home = redacted.households.find((h) => h.id === venue.householdId);
  const before = original.households.find((h) => h.id === venue.householdId);
  if (!home || !before) throw new Error('The meeting is at a home that is not in this family record.');
  if (isAddressEmpty(home.address)) {
    return isAddressEmpty(before.address) ? { kind: 'unknown', name: 'A family home' } : { kind: 'withheld', name: 'A family home' };
  }
  return { kind: 'shown', name: home.label !== '' ? home.label : 'A family home', address: formatAddress(home.address) };
}

/** One line for a calendar's LOCATION. */
export function venueLine(v: VenueForRecipient): string {
  if (v.kind === 'withheld') return 'Address shared separately';
  if (v.kind === 'unknown') return 'Address to be confirmed';
  return [v.name, v.address].filter((s) => s.trim() !== '').join(', ');
}
