import { describe, expect, it } from 'vitest';
import {
  emptyPractitionerDraft,
  isPractitionerDraft,
  practitionerDraftFrom,
  practitionerFieldId,
  validatePractitionerDraft,
} from '../../../renderer/features/directory/practitioner-draft';
import { emptyServiceDraft, isServiceDraft, serviceDraftFrom, serviceFieldId, validateServiceDraft } from '../../../renderer/features/directory/service-draft';

describe('the practitioner form', () => {
  it('says what is missing at each field, in the order of the form, once per field', () => {
    expect(validatePractitionerDraft(emptyPractitionerDraft())).toEqual({
      ok: false,
      errors: [
        { path: 'name', message: "Enter the practitioner's name" },
        { path: 'role', message: 'Enter the role' },
        { path: 'agency', message: 'Enter the agency or organisation' },
        { path: 'phone', message: 'Enter a phone number or a secure email address' },
      ],
    });
  });

  it('shows one message for a phone number that is not one', () => {
    const result = validatePractitionerDraft({ ...emptyPractitionerDraft(), name: 'Sam', role: 'Nurse', agency: 'Health', phone: 'ring the office' });
    expect(result).toEqual({
      ok: false,
      errors: [{ path: 'phone', message: 'Enter the phone number using digits, for example 01632 960 123 or +44 7700 900 123' }],
    });
  });

  it('gives back clean details, exactly as typed apart from outer spaces', () => {
    const result = validatePractitionerDraft({ name: '  محمد الحسن ', role: 'Housing officer', agency: 'Housing, Leeds', phone: '', secureEmail: ' m.alhassan@leeds.gov.uk ', workStart: ' 08:30', workEnd: '' });
    expect(result).toEqual({
      ok: true,
      value: { name: 'محمد الحسن', role: 'Housing officer', agency: 'Housing, Leeds', phone: '', secureEmail: 'm.alhassan@leeds.gov.uk', workStart: '08:30', workEnd: '17:00' },
    });
  });

  it('checks working hours: times on the clock, finishing after starting', () => {
    const base = { ...emptyPractitionerDraft(), name: 'Sam', role: 'Nurse', agency: 'Health', phone: '01632 960 123' };
    expect(validatePractitionerDraft({ ...base, workStart: '9am' })).toEqual({ ok: false, errors: [{ path: 'workStart', message: 'Enter the time they start work, in 24-hour time, for example 09:00' }] });
    expect(validatePractitionerDraft({ ...base, workStart: '16:00', workEnd: '10:00' })).toEqual({ ok: false, errors: [{ path: 'workEnd', message: 'The time they finish work must be after the time they start' }] });
  });

  it('starts an edit from the saved details, and recognises its own drafts only', () => {
    const saved = { id: 'abcdefgh12', name: 'Sam', role: 'Nurse', agency: 'Health', phone: '0113 496 0000', secureEmail: '' };
    const draft = practitionerDraftFrom(saved);
    // Saved before working hours existed: the form starts with the default hours.
    expect(draft).toEqual({ name: 'Sam', role: 'Nurse', agency: 'Health', phone: '0113 496 0000', secureEmail: '', workStart: '09:00', workEnd: '17:00' });
    expect(isPractitionerDraft(draft)).toBe(true);
    expect(isPractitionerDraft({ ...draft, secureEmail: undefined })).toBe(false);
    expect(isPractitionerDraft(null)).toBe(false);
    expect(isPractitionerDraft('Sam')).toBe(false);
    expect(practitionerFieldId('secureEmail')).toBe('practitioner-secureEmail');
  });
});

describe('the local service form', () => {
  it('says what is missing at each field', () => {
    const result = validateServiceDraft({ ...emptyServiceDraft(), website: 'not a website' });
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['name', 'offer', 'forWhom', 'howToRefer', 'website']);
  });

  it('keeps line breaks in longer text', () => {
    const result = validateServiceDraft({ ...emptyServiceDraft(), name: 'Stay and Play', offer: 'Play\r\nSongs', forWhom: 'Under 5s', howToRefer: 'Turn up' });
    expect(result.ok && result.value.offer).toBe('Play\nSongs');
  });

  it('round-trips a saved service through a draft', () => {
    const saved = { id: 'abcdefgh12', name: 'A', offer: 'B', forWhom: 'C', howToRefer: 'D', phone: '', email: '', website: '', notes: 'E' };
    expect(isServiceDraft(serviceDraftFrom(saved))).toBe(true);
    expect(validateServiceDraft(serviceDraftFrom(saved))).toEqual({ ok: true, value: serviceDraftFrom(saved) });
    expect(serviceFieldId('forWhom')).toBe('service-forWhom');
  });
});
