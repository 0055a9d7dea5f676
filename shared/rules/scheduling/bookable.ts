import type { FindSlotsResult, ProposedSlot } from './types';

/**
 * The times a chair may book: only those every family member invited can make. A time that clashes
 * with the family is never offered for booking, even when nothing better was found; the result's
 * reason and suggestions say what to relax instead.
 */
export function bookableSlots(result: Pick<FindSlotsResult, 'slots'>): ProposedSlot[] {
  return result.slots.filter((s) => s.fitsFamily);
}
