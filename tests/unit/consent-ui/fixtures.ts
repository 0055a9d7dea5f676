/** A small family for the consent screen's helpers. */
import { upgradeFamilyV1, type FamilyRecord } from '../../../shared/domain/family-record';

export const TODAY = '2026-03-10';
export const MUM_ID = 'carer-mum-0001';
export const CHILD_ID = 'child-00000001';

export function family(): FamilyRecord {
  const record = upgradeFamilyV1({
    id: 'family-000001',
    familyName: 'Kaur family',
    carers: [{ id: MUM_ID, name: 'Harpreet Kaur', relationship: '', phone: '', email: '' }],
    children: [{ id: CHILD_ID, name: 'Jasleen Kaur', dateOfBirth: '2015-05-12', school: '' }],
    createdAt: '',
    updatedAt: '',
    isPractice: false,
  });
  // The relationship given per child, as the new family form records it.
  return {
    ...record,
    carers: record.carers.map((c) => ({ ...c, childRelationships: [{ childId: CHILD_ID, relationship: 'Mum', parentalResponsibility: 'yes' }] })),
    children: record.children.map((c) => ({ ...c, preferredName: 'Jas' })),
  };
}
