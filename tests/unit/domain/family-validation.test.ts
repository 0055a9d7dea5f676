import { describe, expect, it } from 'vitest';
import { draftFromFamily, validateFamilyDraft, type FamilyDraft } from '../../../shared/domain/family';

const TODAY = '2026-11-23';

function draft(overrides: Partial<FamilyDraft> = {}): FamilyDraft {
  return {
    familyName: 'Ahmed family',
    carers: [{ id: 'carer0000001', name: 'Fatima Ahmed', relationship: 'Mum', phone: '', email: '' }],
    children: [{ id: 'child0000001', name: 'Yusuf Ahmed', dateOfBirth: '30/06/2019', school: 'Hillside Nursery' }],
    ...overrides,
  };
}

function child(dateOfBirth: string, name = 'Yusuf Ahmed') {
  return [{ id: 'child0000001', name, dateOfBirth, school: '' }];
}

function messages(d: FamilyDraft): Record<string, string> {
  const result = validateFamilyDraft(d, TODAY);
  return result.ok ? {} : Object.fromEntries(result.errors.map((e) => [e.path, e.message]));
}

describe('validateFamilyDraft', () => {
  it('accepts a complete family and stores the date of birth as an ISO date', () => {
    const result = validateFamilyDraft(draft(), TODAY);
    expect(result.ok && result.value.children[0]?.dateOfBirth).toBe('2019-06-30');
  });

  it.each([
    ['', "Enter the child's date of birth, for example 23/11/2016"],
    ['24/11/2026', 'The date of birth must be today or in the past'],
    ['31/02/2016', 'That date does not exist: this month has 29 days'],
    ['31/02/2015', 'That date does not exist: this month has 28 days'],
    ['12/13/2016', 'The month must be between 1 and 12'],
    ['1/1/16', 'Enter the date as day/month/year, for example 23/11/2026'],
    ['next tuesday', 'Enter the date as day/month/year, for example 23/11/2026'],
    ['01/01/1850', 'Enter a year with four digits, for example 2016'],
  ])('says what is wrong with the date of birth %j', (typed, message) => {
    expect(messages(draft({ children: child(typed) }))['children.0.dateOfBirth']).toBe(message);
  });

  it.each(['23/11/2026', '23-11-2026', '23.11.2026', '2026-11-23', ' 23/11/2026 '])('accepts today, typed as %j', (typed) => {
    expect(messages(draft({ children: child(typed) }))).toEqual({});
  });

  it('names each missing field, in the order of the form', () => {
    const result = validateFamilyDraft(
      { familyName: ' ', carers: [{ id: 'carer0000001', name: '', relationship: '', phone: '', email: '' }], children: child('', '') },
      TODAY,
    );
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['familyName', 'carers.0.name', 'children.0.name', 'children.0.dateOfBirth']);
  });

  it('asks for at least one carer and one child', () => {
    const m = messages(draft({ carers: [], children: [] }));
    expect(m['carers']).toBe('Add at least one parent or carer');
    expect(m['children']).toBe('Add at least one child');
  });

  it('accepts names of 1 and 300 characters and refuses 301', () => {
    expect(messages(draft({ familyName: 'X' }))).toEqual({});
    expect(messages(draft({ familyName: 'é'.repeat(300) }))).toEqual({});
    expect(messages(draft({ familyName: 'é'.repeat(301) }))['familyName']).toBe('The family name must be 300 characters or fewer');
  });

  it('keeps names exactly as typed, apart from surrounding spaces', () => {
    const names = ['O’Brien', "O'Brien", 'Ștefan Rădulescu', 'محمد الحسن', 'Llŷr', 'Zoë-Anne'];
    for (const name of names) {
      const result = validateFamilyDraft(draft({ familyName: `  ${name} ` }), TODAY);
      expect(result.ok && result.value.familyName).toBe(name);
    }
  });

  it('turns a saved family back into the form’s UK-style text', () => {
    const result = validateFamilyDraft(draft(), TODAY);
    if (!result.ok) throw new Error('expected valid');
    expect(draftFromFamily(result.value).children[0]?.dateOfBirth).toBe('30/06/2019');
  });
});
