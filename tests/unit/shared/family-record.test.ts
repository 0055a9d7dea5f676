import { describe, expect, it } from 'vitest';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { familySchema, type Family } from '../../../shared/domain/family';
import { familyRecordSchema, readFamilyRecord, upgradeFamilyV1 } from '../../../shared/domain/family-record';
import { carerV2Schema, childV2Schema, knownAs, parentalResponsibilityFor, relationshipToChild } from '../../../shared/domain/person';
import { validateFamilyRecord } from '../../../shared/rules/family-record-checks';
import { ids, separatedFamily, v1Family } from './fixtures';

const TODAY = '2026-03-10';

describe('upgradeFamilyV1', () => {
  it('keeps every v1 field with its value', () => {
    const record = upgradeFamilyV1(v1Family);
    expect(record.schemaVersion).toBe(2);
    expect(record.id).toBe('family-0001');
    expect(record.familyName).toBe('Ní Bhriain-Haddad');
    expect(record.createdAt).toBe('2026-01-05T09:00:00.000Z');
    expect(record.updatedAt).toBe('2026-01-06T10:30:00.000Z');
    expect(record.isPractice).toBe(false);
    expect(record.carers[1]).toMatchObject({ id: ids.dad, name: 'محمد حداد', relationship: 'Dad', phone: '07700 900456', email: 'mohammed@example.org' });
    expect(record.children[0]).toMatchObject({ id: ids.amir, name: 'Amir Haddad', dateOfBirth: '2016-02-29', school: 'Oak Lane Primary' });
    expect(record.children[1]?.name).toBe("Layla O'Brien-Haddad");
  });

  it('invents nothing: new fields are empty and no home is assumed', () => {
    const record = upgradeFamilyV1(v1Family);
    expect(record.households).toEqual([]);
    expect(record.safetyFlags).toEqual([]);
    expect(record.carers[0]).toMatchObject({ childRelationships: [], preferredContactMethod: 'no-preference', interpreterNeeded: false });
    expect(record.children[0]).toMatchObject({ preferredName: '', sendStatus: 'not-recorded', viewsMethods: [] });
  });

  it('gives a v2 record that passes both the v2 schema and the v1 schema unchanged', () => {
    const record = upgradeFamilyV1(v1Family);
    expect(familyRecordSchema.parse(record)).toEqual(record);
    expect(familySchema.parse(record)).toEqual(v1Family);
  });

  it('loses no field for any valid v1 family (property)', () => {
    const text = fc.string({ maxLength: 40, unit: 'grapheme' });
    const name = fc.oneof(fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }), fc.constantFrom("O'Brien", 'Ștefan Rădulescu', 'محمد', 'Llŷr'));
    const id = fc.stringMatching(/^[A-Za-z0-9_-]{8,20}$/);
    const date = fc.date({ min: new Date('2000-01-01'), max: new Date('2026-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const family: fc.Arbitrary<Family> = fc.record({
      id,
      familyName: name,
      carers: fc.array(fc.record({ id, name, relationship: text, phone: text, email: text }), { minLength: 1, maxLength: 3 }),
      children: fc.array(fc.record({ id, name, dateOfBirth: date, school: text }), { minLength: 1, maxLength: 3 }),
      createdAt: fc.constant('2026-01-01T00:00:00.000Z'),
      updatedAt: fc.constant('2026-01-02T00:00:00.000Z'),
      isPractice: fc.boolean(),
    });
    fc.assert(
      fc.property(family, (f) => {
        const parsed = familySchema.safeParse(f);
        fc.pre(parsed.success && isDeepStrictEqual(parsed.data, f));
        const upgraded = upgradeFamilyV1(f);
        expect(familySchema.parse(upgraded)).toEqual(f);
        // Every v1 key, at every level, keeps its value (extra v2 keys are allowed).
        expect(upgraded).toMatchObject(f);
        expect(upgraded.carers).toHaveLength(f.carers.length);
        expect(upgraded.children).toHaveLength(f.children.length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('readFamilyRecord', () => {
  it('reads a stored v1 family as v2', () => {
    const result = readFamilyRecord(JSON.parse(JSON.stringify(v1Family)));
    expect(result).toEqual({ ok: true, record: upgradeFamilyV1(v1Family) });
  });
  it('reads a stored v2 record', () => {
    const record = separatedFamily();
    expect(readFamilyRecord(JSON.parse(JSON.stringify(record)))).toEqual({ ok: true, record });
  });
  it('says plainly when a record is damaged', () => {
    expect(readFamilyRecord({ schemaVersion: 2, id: 'x' })).toEqual({ ok: false, message: 'This family record could not be read: it may be damaged' });
    expect(readFamilyRecord(null)).toEqual({ ok: false, message: 'This family record could not be read: it may be damaged' });
  });
});

describe('validateFamilyRecord', () => {
  it('accepts a complete separated family', () => {
    const result = validateFamilyRecord(separatedFamily(), TODAY);
    expect(result.ok).toBe(true);
  });

  it('stores names exactly: apostrophes, hyphens, accents, non-Latin and right-to-left scripts', () => {
    const names = ["O'Brien", 'O’Brien', 'Siobhán Ní Bhriain', 'Ștefan Rădulescu', 'محمد', 'Llŷr', 'Jean-Luc Picard', '\u200Fמרים כהן', '王秀英'];
    const record = separatedFamily();
    for (const name of names) {
      const carers = record.carers.map((c, i) => (i === 0 ? { ...c, name } : c));
      const result = validateFamilyRecord({ ...record, carers }, TODAY);
      expect(result.ok && result.value.carers[0]?.name).toBe(name);
    }
  });

  it('removes control characters and outer spaces from names', () => {
    const record = separatedFamily();
    const carers = record.carers.map((c, i) => (i === 0 ? { ...c, name: '  Siobhán\u0007 Ní Bhriain ' } : c));
    const result = validateFamilyRecord({ ...record, carers }, TODAY);
    expect(result.ok && result.value.carers[0]?.name).toBe('Siobhán Ní Bhriain');
  });

  it('refuses a date of birth in the future, at the field', () => {
    const record = separatedFamily();
    const children = record.children.map((c, i) => (i === 1 ? { ...c, dateOfBirth: '2026-03-11' } : c));
    expect(validateFamilyRecord({ ...record, children }, TODAY)).toEqual({
      ok: false,
      errors: [{ path: 'children.1.dateOfBirth', message: 'The date of birth must be today or in the past' }],
    });
  });

  it('reports a future date of birth together with other problems', () => {
    const record = separatedFamily();
    const children = record.children.map((c, i) => (i === 1 ? { ...c, dateOfBirth: '2027-01-01' } : c));
    expect(validateFamilyRecord({ ...record, familyName: ' ', children }, TODAY)).toEqual({
      ok: false,
      errors: [
        { path: 'children.1.dateOfBirth', message: 'The date of birth must be today or in the past' },
        { path: 'familyName', message: 'Enter the family name' },
      ],
    });
  });

  it('refuses an impossible date of birth', () => {
    const record = separatedFamily();
    const children = record.children.map((c, i) => (i === 0 ? { ...c, dateOfBirth: '2017-02-29' } : c));
    const result = validateFamilyRecord({ ...record, children }, TODAY);
    expect(result).toEqual({ ok: false, errors: [{ path: 'children.0.dateOfBirth', message: 'Not a real date' }] });
  });

  it('asks for a home for an upgraded v1 family', () => {
    expect(validateFamilyRecord(upgradeFamilyV1(v1Family), TODAY)).toEqual({
      ok: false,
      errors: [{ path: 'households', message: 'Add at least one home, even if the address is not known yet' }],
    });
  });

  it('asks which home a child lives in', () => {
    const record = separatedFamily();
    const households = record.households.map((h) => ({ ...h, childIds: h.childIds.filter((id) => id !== ids.layla) }));
    expect(validateFamilyRecord({ ...record, households }, TODAY)).toEqual({
      ok: false,
      errors: [{ path: 'children.1', message: "Say which home Layla O'Brien-Haddad lives in" }],
    });
  });

  it('refuses a home that lists someone not in the family', () => {
    const record = separatedFamily();
    const households = record.households.map((h, i) => (i === 1 ? { ...h, carerIds: ['carer-nobody'] } : h));
    expect(validateFamilyRecord({ ...record, households }, TODAY)).toEqual({
      ok: false,
      errors: [{ path: 'households.1.carerIds.0', message: 'This home lists a parent or carer who is not in the family' }],
    });
  });

  it('refuses a bad postcode and tidies a good one', () => {
    const record = separatedFamily();
    const bad = record.households.map((h, i) => (i === 0 ? { ...h, address: { ...h.address, postcode: 'LEEDS' } } : h));
    expect(validateFamilyRecord({ ...record, households: bad }, TODAY)).toEqual({
      ok: false,
      errors: [{ path: 'households.0.address.postcode', message: 'Enter a real postcode, for example LS1 4AP' }],
    });
    const untidy = record.households.map((h, i) => (i === 0 ? { ...h, address: { ...h.address, postcode: ' ls14ap ' } } : h));
    const result = validateFamilyRecord({ ...record, households: untidy }, TODAY);
    expect(result.ok && result.value.households[0]?.address.postcode).toBe('LS1 4AP');
  });
});

describe('carers and children', () => {
  it('needs the interpreter language when an interpreter is needed and no first language is given', () => {
    const carer = { id: ids.mum, name: 'Ana', relationship: 'Mum', phone: '', email: '', interpreterNeeded: true };
    const result = carerV2Schema.safeParse(carer);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['interpreterLanguage', 'Say which language the interpreter needs to speak']]);
    expect(carerV2Schema.safeParse({ ...carer, firstLanguage: 'Romanian' }).success).toBe(true);
  });

  it('records relationship and parental responsibility per child', () => {
    const carer = carerV2Schema.parse({
      id: ids.dad,
      name: 'Tom',
      relationship: 'Stepdad',
      phone: '',
      email: '',
      childRelationships: [{ childId: ids.amir, relationship: 'Dad', parentalResponsibility: 'yes' }],
    });
    expect(relationshipToChild(carer, ids.amir)).toBe('Dad');
    expect(parentalResponsibilityFor(carer, ids.amir)).toBe('yes');
    expect(relationshipToChild(carer, ids.layla)).toBe('Stepdad');
    expect(parentalResponsibilityFor(carer, ids.layla)).toBe('not-known');
  });

  it('uses the preferred name when there is one', () => {
    const child = childV2Schema.parse({ id: ids.amir, name: 'Amir Haddad', dateOfBirth: '2016-02-29', school: '', preferredName: 'Ami' });
    expect(knownAs(child)).toBe('Ami');
    expect(knownAs({ name: 'Amir Haddad', preferredName: '' })).toBe('Amir Haddad');
  });

  it("checks a young person's phone number with a plain message", () => {
    const result = childV2Schema.safeParse({ id: ids.amir, name: 'Amir', dateOfBirth: '2010-01-01', school: '', phone: 'ring mum' });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['phone', "Enter the young person's phone number using digits, for example 01632 960 123 or +44 7700 900 123"],
    ]);
  });
});
