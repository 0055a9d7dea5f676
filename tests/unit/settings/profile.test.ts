import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE, missingForLetters, profileProblems, profileSchema, type Profile } from '../../../shared/domain/profile';
import { invitationChair } from '../../../renderer/features/meetings/invitation-input';

const sam: Profile = { name: 'Sam Patel', role: 'Family support worker', organisation: 'Kirkby Family Hub', phone: '01632 960 111', email: 'sam.patel@example.gov.uk', use: 'chair' };

describe('the chair’s details', () => {
  it('reads a profile saved before the contact details existed, with empty ones', () => {
    expect(profileSchema.parse({ name: 'Sam Patel', role: 'Family support worker' })).toEqual({ ...sam, organisation: '', phone: '', email: '' });
  });

  it('asks for a name, and for a phone number or email address from someone who chairs meetings', () => {
    expect(profileProblems(EMPTY_PROFILE)).toEqual([
      { path: 'name', message: 'Enter your name' },
      { path: 'phone', message: 'Enter a phone number or an email address, so families can reach you about letters and invitations' },
    ]);
    expect(profileProblems(sam)).toEqual([]);
    expect(profileProblems({ ...sam, email: '' })).toEqual([]);
    expect(profileProblems({ ...sam, phone: '' })).toEqual([]);
  });

  it('does not ask a briefing writer for a phone number', () => {
    expect(profileProblems({ ...sam, phone: '', email: '', use: 'briefings' })).toEqual([]);
  });

  it('says which phone numbers and email addresses are not real ones, at their field', () => {
    expect(profileProblems({ ...sam, phone: '0113 49' })).toEqual([{ path: 'phone', message: 'Enter a phone number like 01632 960 001 or 07700 900 982' }]);
    expect(profileProblems({ ...sam, phone: 'ring the office' })).toEqual([{ path: 'phone', message: 'Enter a phone number like 01632 960 001 or 07700 900 982' }]);
    expect(profileProblems({ ...sam, phone: '+44 (0)1632 960111' })).toEqual([]);
    expect(profileProblems({ ...sam, email: 'sam.patel at example' })).toEqual([{ path: 'email', message: 'Enter an email address like name@example.org' }]);
  });

  it('says what a letter still needs, so nothing goes out with a placeholder name', () => {
    expect(missingForLetters(EMPTY_PROFILE)).toEqual(['your name', 'a phone number or email address']);
    expect(missingForLetters({ ...sam, phone: '' })).toEqual([]);
    expect(missingForLetters({ ...sam, name: '  ' })).toEqual(['your name']);
  });

  it('puts the chair’s organisation, phone and email on the letter', () => {
    expect(invitationChair(sam)).toEqual({ name: 'Sam Patel', role: 'Family support worker', agency: 'Kirkby Family Hub', phone: '01632 960 111', email: 'sam.patel@example.gov.uk' });
    expect(invitationChair({ ...sam, role: '', phone: '', organisation: '' })).toEqual({ name: 'Sam Patel', role: 'Lead professional', agency: '', email: 'sam.patel@example.gov.uk' });
  });
});
