import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { redactFor } from '../../../shared/rules/redaction';
import { FAMILY_RECORD_VERSION, familyRecordSchema } from '../../../shared/domain/family-record';
import { emptyFamilyDraft, isFamilyFormDraft, type FamilyFormDraft } from '../../../renderer/features/families/model/form-draft';
import { recordToDraft } from '../../../renderer/features/families/model/record-to-draft';
import { sharedRelationship, validateFamilyForm } from '../../../renderer/features/families/model/draft-to-record';
import { ids, separatedFamily } from '../shared/fixtures';

const TODAY = '2026-11-23';
const context = { today: TODAY, userName: 'Sam Patel' };

let counter = 0;
const newId = () => `test-id-${String(++counter).padStart(4, '0')}`;

/** A new family typed in: one home with one carer and one child. */
function typed(change: (d: FamilyFormDraft) => FamilyFormDraft = (d) => d): FamilyFormDraft {
  const d = emptyFamilyDraft(newId);
  return change({
    ...d,
    familyName: 'Ní Bhriain family',
    carers: d.carers.map((c) => ({ ...c, name: 'Siobhán Ní Bhriain' })),
    children: d.children.map((c) => ({ ...c, name: 'Órla Ní Bhriain', dateOfBirth: '14/3/2017' })),
  });
}

function messages(draft: FamilyFormDraft): Record<string, string> {
  const result = validateFamilyForm(draft, context);
  return result.ok ? {} : Object.fromEntries(result.errors.map((e) => [e.path, e.message]));
}

describe('validateFamilyForm', () => {
  it('turns a typed family into record content, with the date of birth as an ISO date', () => {
    const result = validateFamilyForm(typed(), context);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.children[0]?.dateOfBirth).toBe('2017-03-14');
    expect(result.value.households[0]?.childIds).toEqual([result.value.children[0]?.id]);
    expect(familyRecordSchema.safeParse({ ...result.value, schemaVersion: FAMILY_RECORD_VERSION, id: 'family-0001', createdAt: '', updatedAt: '' }).success).toBe(true);
  });

  it('says at the field what is wrong with each date of birth', () => {
    const withDate = (dateOfBirth: string) => typed((d) => ({ ...d, children: d.children.map((c) => ({ ...c, dateOfBirth })) }));
    expect(messages(withDate(''))['children.0.dateOfBirth']).toBe("Enter the child's date of birth, for example 23/11/2016");
    expect(messages(withDate('next tuesday'))['children.0.dateOfBirth']).toBe('Enter the date as day/month/year, for example 23/11/2026');
    expect(messages(withDate('31/02/2016'))['children.0.dateOfBirth']).toBe('That date does not exist: this month has 29 days');
    expect(messages(withDate('24/11/2026'))['children.0.dateOfBirth']).toBe('The date of birth must be today or in the past');
    expect(messages(withDate('23/11/2026'))).toEqual({});
  });

  it('asks where a child lives when they are in no home, naming the child', () => {
    const homeless = typed((d) => ({ ...d, households: d.households.map((h) => ({ ...h, childIds: [] })) }));
    expect(messages(homeless)).toEqual({ 'children.0.homes': 'Say which home Órla Ní Bhriain lives in' });
  });

  it('reports every problem at once, one per field, in the order of the form', () => {
    const d = emptyFamilyDraft(newId);
    const bad: FamilyFormDraft = {
      ...d,
      households: d.households.map((h) => ({ ...h, address: { ...h.address, postcode: 'not a code' }, childIds: [] })),
      carers: d.carers.map((c) => ({ ...c, interpreterNeeded: true })),
      children: d.children.map((c) => ({ ...c, dateOfBirth: '01/01/2099' })),
    };
    const result = validateFamilyForm(bad, context);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual([
      'familyName',
      'households.0.address.postcode',
      'children.0.name',
      'children.0.dateOfBirth',
      'children.0.homes',
      'carers.0.name',
      'carers.0.interpreterLanguage',
    ]);
  });

  it('keeps names exactly as typed, in any script (property)', () => {
    const name = fc.oneof(
      fc.constantFrom('O’Brien', "O'Brien", 'Ștefan Rădulescu', 'Siobhán Ní Bhriain', 'محمد حداد', 'Zoë-Anne Saint-Éloi', '김민준', 'Llŷr'),
      fc.string({ minLength: 1, maxLength: 60, unit: 'grapheme' }).filter((s) => s.trim() === s && /\S/.test(s) && !/\p{Cc}/u.test(s)),
    );
    fc.assert(
      fc.property(name, name, name, (family, carer, child) => {
        const draft = typed((d) => ({
          ...d,
          familyName: family,
          carers: d.carers.map((c) => ({ ...c, name: carer })),
          children: d.children.map((c) => ({ ...c, name: child, preferredName: child })),
        }));
        const result = validateFamilyForm(draft, context);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.value.familyName).toBe(family);
        expect(result.value.carers[0]?.name).toBe(carer);
        expect(result.value.children[0]?.name).toBe(child);
        expect(result.value.children[0]?.preferredName).toBe(child);
      }),
      { numRuns: 200 },
    );
  });
});

describe('relationships to each child', () => {
  it('stores one row per child, and a general relationship only when it is the same for every child', () => {
    const record = separatedFamily();
    const draft = recordToDraft(record, newId);
    const dad = draft.carers[1]!;
    draft.carers[1] = { ...dad, childRelationships: dad.childRelationships.map((r) => (r.childId === ids.layla ? { ...r, relationship: 'Stepdad', parentalResponsibility: 'no' } : { ...r, parentalResponsibility: 'yes' })) };
    const result = validateFamilyForm(draft, context);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.carers[1]?.childRelationships).toEqual([
      { childId: ids.amir, relationship: 'Dad', parentalResponsibility: 'yes' },
      { childId: ids.layla, relationship: 'Stepdad', parentalResponsibility: 'no' },
    ]);
    expect(result.value.carers[1]?.relationship).toBe('');
    expect(result.value.carers[0]?.relationship).toBe('Mum');
  });

  it('sharedRelationship gives the one value every child has, or nothing', () => {
    expect(sharedRelationship(['Mum', 'Mum '])).toBe('Mum');
    expect(sharedRelationship(['Dad', 'Stepdad'])).toBe('');
    expect(sharedRelationship(['Mum', ''])).toBe('');
    expect(sharedRelationship([])).toBe('');
  });
});

describe('a saved family through the form and back', () => {
  it('round-trips every detail of a record', () => {
    const record = separatedFamily();
    const draft = recordToDraft(record, newId);
    expect(isFamilyFormDraft(JSON.parse(JSON.stringify(draft)))).toBe(true);
    expect(draft.children[0]?.dateOfBirth).toBe('29/02/2016');
    const result = validateFamilyForm(draft, context);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { familyName, households, children, safetyFlags } = record;
    expect(result.value).toMatchObject({ familyName, households, children, safetyFlags });
    expect(result.value.carers.map((c) => (c.childRelationships ?? []).map((r) => r.relationship))).toEqual([
      ['Mum', 'Mum'],
      ['Dad', 'Dad'],
    ]);
  });

  it('gives a family saved before homes were recorded an empty home to fill in', () => {
    const draft = recordToDraft({ ...separatedFamily(), households: [], safetyFlags: [] }, newId);
    expect(draft.households).toHaveLength(1);
    expect(messages(draft)).toEqual({ 'children.0.homes': 'Say which home Amir Haddad lives in', 'children.1.homes': "Say which home Layla O'Brien-Haddad lives in" });
  });
});

describe('safety flags from the form', () => {
  it('dates and signs a new flag, and the stored flag keeps the details out of what is made for Dad', () => {
    const record = { ...separatedFamily(), safetyFlags: [] };
    const draft = recordToDraft(record, newId);
    draft.safetyFlags.push({ id: 'flag-new-0001', subjectId: ids.mum, covers: ['phone', 'address'], hiddenFrom: [ids.dad], reason: 'Court order', addedOn: '', addedBy: '', ended: null, endRequested: false, endReason: '' });
    const result = validateFamilyForm(draft, context);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.safetyFlags?.[0]).toEqual({
      id: 'flag-new-0001',
      subjectId: ids.mum,
      covers: ['phone', 'address'],
      hiddenFrom: [ids.dad],
      reason: 'Court order',
      addedOn: TODAY,
      addedBy: 'Sam Patel',
      ended: null,
    });
    const saved = familyRecordSchema.parse({ ...result.value, schemaVersion: FAMILY_RECORD_VERSION, id: 'family-0001', createdAt: '', updatedAt: '' });
    const forDad = JSON.stringify(redactFor(ids.dad, saved));
    for (const detail of ['07700 900123', '12 Elm Road', 'LS1 4AP', 'Court order']) expect(forDad).not.toContain(detail);
    expect(forDad).toContain('siobhan@example.org');
  });

  it('ends a saved flag rather than deleting it, and keeps when and by whom it was added', () => {
    const draft = recordToDraft(separatedFamily(), newId);
    draft.safetyFlags[0] = { ...draft.safetyFlags[0]!, endRequested: true, endReason: 'Order discharged' };
    const result = validateFamilyForm(draft, context);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.safetyFlags?.[0]).toMatchObject({ addedOn: '2026-01-06', addedBy: 'Sam Patel', ended: { on: TODAY, by: 'Sam Patel', reason: 'Order discharged' } });
  });

  it('asks for the people and details a flag is about', () => {
    const draft = recordToDraft(separatedFamily(), newId);
    draft.safetyFlags[0] = { ...draft.safetyFlags[0]!, covers: [], hiddenFrom: [] };
    expect(messages(draft)).toEqual({
      'safetyFlags.0.covers': 'Choose at least one detail to hide',
      'safetyFlags.0.hiddenFrom': 'Choose at least one person who must not see these details',
    });
  });
});

describe('isFamilyFormDraft', () => {
  it('accepts a new draft and refuses an older form’s draft or damaged data', () => {
    expect(isFamilyFormDraft(emptyFamilyDraft(newId))).toBe(true);
    expect(isFamilyFormDraft({ familyName: 'x', carers: [], children: [] })).toBe(false);
    expect(isFamilyFormDraft({ ...emptyFamilyDraft(newId), carers: [{ name: 42 }] })).toBe(false);
    expect(isFamilyFormDraft(null)).toBe(false);
  });
});
