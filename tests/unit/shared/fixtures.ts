/** Test data: a separated family, a safety flag, and a small directory. */
import type { Family } from '../../../shared/domain/family';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import { upgradeFamilyV1 } from '../../../shared/domain/family-record';

export const ids = {
  family: 'family-0001',
  mum: 'carer-mum-01',
  dad: 'carer-dad-01',
  amir: 'child-amir-1',
  layla: 'child-layla1',
  mumHome: 'home-mum-01',
  dadHome: 'home-dad-01',
  flag: 'flag-mum-001',
  schoolDsl: 'prac-dsl-001',
};

export const v1Family: Family = {
  id: ids.family,
  familyName: 'Ní Bhriain-Haddad',
  carers: [
    { id: ids.mum, name: 'Siobhán Ní Bhriain', relationship: 'Mum', phone: '07700 900123', email: 'siobhan@example.org' },
    { id: ids.dad, name: 'محمد حداد', relationship: 'Dad', phone: '07700 900456', email: 'mohammed@example.org' },
  ],
  children: [
    { id: ids.amir, name: 'Amir Haddad', dateOfBirth: '2016-02-29', school: 'Oak Lane Primary' },
    { id: ids.layla, name: "Layla O'Brien-Haddad", dateOfBirth: '2019-09-01', school: 'Little Acorns Nursery' },
  ],
  createdAt: '2026-01-05T09:00:00.000Z',
  updatedAt: '2026-01-06T10:30:00.000Z',
  isPractice: false,
};

/** Mum and the children live at Mum's; Dad has his own flat. Mum's details are hidden from Dad. */
export function separatedFamily(): FamilyRecord {
  const base = upgradeFamilyV1(v1Family);
  return {
    ...base,
    households: [
      {
        id: ids.mumHome,
        label: "Mum's home",
        address: { line1: '12 Elm Road', line2: 'Flat 3', town: 'Leeds', postcode: 'LS1 4AP' },
        phone: '0113 496 0000',
        carerIds: [ids.mum],
        childIds: [ids.amir, ids.layla],
      },
      {
        id: ids.dadHome,
        label: "Dad's flat",
        address: { line1: '7 Rue Street', line2: '', town: 'Bradford', postcode: 'BD1 1AA' },
        phone: '',
        carerIds: [ids.dad],
        childIds: [ids.amir, ids.layla],
      },
    ],
    safetyFlags: [
      {
        id: ids.flag,
        subjectId: ids.mum,
        hiddenFrom: [ids.dad],
        covers: ['phone', 'email', 'address'],
        reason: 'Domestic abuse: non-molestation order',
        addedOn: '2026-01-06',
        addedBy: 'Sam Patel',
        ended: null,
      },
    ],
  };
}

/** The separated family as a form gives it to the repository (no id, times, version or practice flag), named `familyName` if given. */
export function separatedFamilyContent(familyName?: string): Omit<FamilyRecord, 'id' | 'createdAt' | 'updatedAt' | 'schemaVersion' | 'isPractice'> {
  const { id: _id, createdAt: _c, updatedAt: _u, schemaVersion: _s, isPractice: _p, ...content } = separatedFamily();
  return familyName === undefined ? content : { ...content, familyName };
}
