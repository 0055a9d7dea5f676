/** Where the meeting was, in words. */
import { formatAddress } from '../../domain/household';
import type { MinutesVenue } from '../../domain/minutes';
import type { MinutesInput } from '../types';
import { present, type Words } from './context';

export function venueOf(input: MinutesInput): MinutesVenue {
  const place = input.meeting.place;
  if (place?.kind === 'home') {
    const home = input.family.households.find((h) => h.id === place.householdId);
    return { kind: 'home', householdId: place.householdId, label: home?.label ?? '', address: home ? formatAddress(home.address) : '' };
  }
  if (place?.kind === 'place') return { kind: 'place', name: place.name, address: place.address };
  return { kind: 'place', name: input.meeting.venue, address: '' };
}

/** The place in words. Per-recipient redaction (recipients.ts) takes out a withheld home address. */
export function venueWords(venue: MinutesVenue, w: Words): string {
  if (venue.kind === 'place') return [venue.name, venue.address].filter(present).join(', ');
  const parts = [venue.label, venue.address].filter(present);
  return parts.length > 0 ? parts.join(', ') : w.homeNoAddress;
}
