import { describe, expect, it } from 'vitest';
import { errorTargetId, fieldId, inFormOrder } from '../../../renderer/features/families/model/field-paths';
import { hiddenFromFor, homeHiddenFrom } from '../../../renderer/features/families/model/hidden-details';
import { carerLabel, childLabel, homeLabel, nameInFamily, peopleOf } from '../../../renderer/features/families/model/names';
import { recordToDraft } from '../../../renderer/features/families/model/record-to-draft';
import { ids, separatedFamily } from '../shared/fixtures';

describe('field ids', () => {
  it('are the error path with dashes, except for errors about a whole list', () => {
    expect(fieldId('children.0.dateOfBirth')).toBe('children-0-dateOfBirth');
    expect(errorTargetId('households.1.address.postcode')).toBe('households-1-address-postcode');
    expect(errorTargetId('children.2.homes')).toBe('children-2-homes');
    expect(errorTargetId('households')).toBe('add-home');
  });

  it('orders errors as the form shows them, with flags in the order of their people', () => {
    const draft = recordToDraft(separatedFamily(), () => 'unused-id-01');
    // A flag on Dad (a carer) is listed after one on Layla (a child), whatever their order in the list.
    draft.safetyFlags = [
      { ...draft.safetyFlags[0]!, id: 'flag-dad-001', subjectId: ids.dad },
      { ...draft.safetyFlags[0]!, id: 'flag-layla-1', subjectId: ids.layla },
    ];
    const paths = [
      'safetyFlags.0.hiddenFrom',
      'safetyFlags.1.reason',
      'safetyFlags.1.covers',
      'carers.0.email',
      'carers.0.childRelationships.1.relationship',
      'carers.0.name',
      'children.1.name',
      'children.0.homes',
      'children.0.dateOfBirth',
      'households.0.address.postcode',
      'familyName',
    ];
    const sorted = inFormOrder(paths.map((path) => ({ path, message: path })), draft).map((e) => e.path);
    expect(sorted).toEqual([
      'familyName',
      'households.0.address.postcode',
      'children.0.dateOfBirth',
      'children.0.homes',
      'children.1.name',
      'carers.0.name',
      'carers.0.childRelationships.1.relationship',
      'carers.0.email',
      'safetyFlags.1.covers',
      'safetyFlags.1.reason',
      'safetyFlags.0.hiddenFrom',
    ]);
  });
});

describe('names on screen', () => {
  it('number rows that have no name yet', () => {
    expect(childLabel({ name: '  ' }, 1)).toBe('Child 2');
    expect(carerLabel({ name: 'محمد حداد' }, 0)).toBe('محمد حداد');
    expect(homeLabel({ label: '' }, 0)).toBe('Home 1');
    expect(peopleOf(separatedFamily()).map((p) => p.id)).toEqual([ids.amir, ids.layla, ids.mum, ids.dad]);
  });

  it('name people the record refers to, using the name a child likes to be called', () => {
    const record = separatedFamily();
    record.children[1] = { ...record.children[1]!, preferredName: 'Lulu' };
    expect(nameInFamily(record, ids.dad)).toBe('محمد حداد');
    expect(nameInFamily(record, ids.layla)).toBe('Lulu');
    expect(nameInFamily(record, ids.schoolDsl)).toBe('someone outside the family');
  });
});

describe('who each detail is hidden from', () => {
  it("marks Mum's phone, email and home, and nothing of Dad's", () => {
    const record = separatedFamily();
    expect(hiddenFromFor(record, ids.mum, 'phone')).toEqual([ids.dad]);
    expect(hiddenFromFor(record, ids.mum, 'school')).toEqual([]);
    expect(hiddenFromFor(record, ids.dad, 'phone')).toEqual([]);
    expect(homeHiddenFrom(record, ids.mumHome)).toEqual([ids.dad]);
    expect(homeHiddenFrom(record, ids.dadHome)).toEqual([]);
  });

  it('ignores flags that have ended and details a flag does not cover', () => {
    const record = separatedFamily();
    record.safetyFlags[0] = { ...record.safetyFlags[0]!, covers: ['phone'] };
    expect(homeHiddenFrom(record, ids.mumHome)).toEqual([]);
    record.safetyFlags[0] = { ...record.safetyFlags[0]!, ended: { on: '2026-02-01', by: 'Sam Patel', reason: '' } };
    expect(hiddenFromFor(record, ids.mum, 'phone')).toEqual([]);
  });
});
