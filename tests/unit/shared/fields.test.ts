import { describe, expect, it } from 'vitest';
import { optionalEmail, optionalLongText, optionalPhone, requiredName } from '../../../shared/domain/fields';
import { normalisePostcode } from '../../../shared/domain/household';

const messages = (r: { success: boolean; error?: { issues: Array<{ message: string }> } }) => r.error?.issues.map((i) => i.message) ?? [];

describe('shared field rules', () => {
  const name = requiredName('name');

  it('keeps names exactly, including right-to-left marks, but joins pasted lines', () => {
    expect(name.parse('\u200Fمحمد حداد')).toBe('\u200Fمحمد حداد');
    expect(name.parse('O’Brien-Smith')).toBe('O’Brien-Smith');
    expect(name.parse('Sam\r\nPatel\t')).toBe('Sam Patel');
    expect(messages(name.safeParse('   '))).toEqual(['Enter the name']);
    expect(messages(name.safeParse(undefined))).toEqual(['Enter the name']);
    expect(messages(name.safeParse('x'.repeat(301)))).toEqual(['The name must be 300 characters or fewer']);
  });

  it('keeps line breaks in long text, as LF', () => {
    expect(optionalLongText('notes').parse('Line one\r\nLine two\rLine three\u0007 ')).toBe('Line one\nLine two\nLine three');
    expect(optionalLongText('notes').parse(undefined)).toBe('');
  });

  it.each(['01632 960 123', '+44 7700 900 123', '(0113) 496-0000', '0113 496 0000 ext 24', ''])('accepts the phone number %j', (phone) => {
    expect(optionalPhone().safeParse(phone).success).toBe(true);
  });

  it.each(['call the office', '12', '07700 900123 or 0113'])('refuses the phone number %j', (phone) => {
    expect(messages(optionalPhone().safeParse(phone))).toEqual(['Enter the phone number using digits, for example 01632 960 123 or +44 7700 900 123']);
  });

  it.each([
    ['sam.patel@nhs.net', true],
    ['siobhán@example.ie', true],
    ['', true],
    ['sam@nhs', false],
    ['sam patel@nhs.net', false],
  ])('email %j valid: %s', (email, ok) => {
    expect(optionalEmail().safeParse(email).success).toBe(ok);
  });

  it.each([
    ['ls14ap', 'LS1 4AP'],
    [' sw1a 1aa ', 'SW1A 1AA'],
    ['bfpo 801', 'BFPO 801'],
    ['', ''],
  ])('tidies the postcode %j to %j', (raw, tidy) => {
    expect(normalisePostcode(raw)).toBe(tidy);
  });
});
