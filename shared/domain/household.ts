/**
 * A home the children live in or stay at. Separated parents have a household each, and a child
 * may belong to both. The address is a household's; a safety flag on a carer hides the address
 * of every household that carer belongs to.
 */
import { z } from 'zod';
import { idSchema } from './family';
import { optionalPhone, optionalText } from './fields';

// Standard UK postcode shape, plus the two special forms in use (GIR 0AA, BFPO numbers).
const UK_POSTCODE = /^(GIR 0AA|[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][A-Z]{2}|BFPO [0-9]{1,4})$/;

/** Upper case with one space before the last three characters: "sw1a1aa" → "SW1A 1AA". */
export function normalisePostcode(text: string): string {
  const compact = text.toUpperCase().replace(/\s+/g, '');
  if (compact === '') return '';
  if (compact.startsWith('BFPO')) return `BFPO ${compact.slice(4)}`;
  if (compact.length < 5) return compact;
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}

export const addressSchema = z.object({
  line1: optionalText('first line of the address', 200),
  line2: optionalText('second line of the address', 200),
  town: optionalText('town or city', 100),
  postcode: optionalText('postcode', 12)
    .transform(normalisePostcode)
    .refine((p) => p === '' || UK_POSTCODE.test(p), 'Enter a real postcode, for example LS1 4AP'),
});
export type Address = z.infer<typeof addressSchema>;

export const emptyAddress: Address = { line1: '', line2: '', town: '', postcode: '' };

export function isAddressEmpty(address: Address): boolean {
  return address.line1 === '' && address.line2 === '' && address.town === '' && address.postcode === '';
}

/** The address on one line, for documents: "12 Elm Road, Leeds, LS1 4AP". */
export function formatAddress(address: Address): string {
  return [address.line1, address.line2, address.town, address.postcode].filter((p) => p !== '').join(', ');
}

export const householdSchema = z.object({
  id: idSchema,
  /** What the family calls it, e.g. "Mum's home", "Dad's flat", "Nan's house". */
  label: optionalText('name for this home', 100),
  address: addressSchema.default(emptyAddress),
  /** A landline for the home, if there is one. Personal phones belong to each person. */
  phone: optionalPhone('home phone number'),
  carerIds: z.array(idSchema).max(20).default([]),
  childIds: z.array(idSchema).max(20).default([]),
});
export type Household = z.infer<typeof householdSchema>;

/** The households a person (carer or child) belongs to. */
export function householdsOf(households: readonly Household[], personId: string): Household[] {
  return households.filter((h) => h.carerIds.includes(personId) || h.childIds.includes(personId));
}
