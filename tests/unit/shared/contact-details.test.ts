import { describe, expect, it } from 'vitest';
import { familyContactValues, hasContactDetails, withoutContactDetails } from '../../../shared/rules/contact-details';
import { family } from '../minutes/fixtures';

describe('contact details in free text', () => {
  it('takes out phone numbers, emails, postcodes and street addresses, and the words that led to them', () => {
    expect(withoutContactDetails('Ring Mrs Porter on 07700 900123 at 12 Elm Road, Flat 3, LS1 4AP.')).toBe('Ring Mrs Porter.');
    expect(withoutContactDetails('ring the housing office on +44 (0)113-496-0000 or email housing@example.org')).toBe('ring the housing office');
    expect(withoutContactDetails('Walk to school with Mum')).toBe('Walk to school with Mum');
    expect(withoutContactDetails('Go to football on 14 December 2026 at 4pm')).toBe('Go to football on 14 December 2026 at 4pm');
  });

  it('takes out every address and number the family record holds, however it is spaced', () => {
    const known = familyContactValues(family());
    expect(known).toContain('12 Elm Road');
    expect(withoutContactDetails("Visit Nan's at 12  Elm Road on Sunday", known)).toBe("Visit Nan's on Sunday");
    expect(hasContactDetails('Visit on Sunday', known)).toBe(false);
    expect(hasContactDetails('ring 0113 496 0000', known)).toBe(true);
  });
});
