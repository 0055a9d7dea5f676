/** Builders for consent log events in tests. */
import { consentEventSchema, type ConsentEvent, type ConsentRecipient, type ConsentScope } from '../../../shared/domain/consent';

let counter = 0;
const nextId = () => `consent-${String((counter += 1)).padStart(4, '0')}`;

export const FAMILY = 'family-0001';
export const mum = { personId: 'carer-mum-01', name: 'Siobhán Ní Bhriain', role: 'Mum' };
export const dad = { personId: 'carer-dad-01', name: 'محمد حداد', role: 'Dad' };

export const school: ConsentRecipient = { kind: 'agency', agency: 'School' };
export const healthVisitor: ConsentRecipient = { kind: 'agency', agency: 'Health visitor' };
export const housing: ConsentRecipient = { kind: 'agency', agency: 'Housing' };
export const dsl: ConsentRecipient = { kind: 'practitioner', practitionerId: 'prac-dsl-001', name: 'Sam Patel', agency: 'School' };

export const earlyHelp: ConsentScope = { type: 'early-help' };
export const share = (recipient: ConsentRecipient, purpose = ''): ConsentScope => ({ type: 'share', recipient, purpose });

interface Options {
  by?: typeof mum;
  reviewBy?: string | null;
  recordedAt?: string;
}

function base(scope: ConsentScope, on: string, o: Options) {
  return {
    id: nextId(),
    familyId: FAMILY,
    scope,
    on,
    by: o.by ?? mum,
    recordedBy: 'Sam Patel',
    recordedAt: o.recordedAt ?? `${on}T12:00:00.000Z`,
    note: '',
  };
}

export const given = (scope: ConsentScope, on: string, o: Options = {}): ConsentEvent =>
  consentEventSchema.parse({ ...base(scope, on, o), kind: 'given', how: 'signed-form', reviewBy: o.reviewBy ?? null });
export const withdrawn = (scope: ConsentScope, on: string, o: Options = {}): ConsentEvent =>
  consentEventSchema.parse({ ...base(scope, on, o), kind: 'withdrawn', how: 'verbal' });
export const refused = (scope: ConsentScope, on: string, o: Options = {}): ConsentEvent =>
  consentEventSchema.parse({ ...base(scope, on, o), kind: 'refused', how: 'verbal' });
export const reviewed = (scope: ConsentScope, on: string, o: Options = {}): ConsentEvent =>
  consentEventSchema.parse({ ...base(scope, on, o), kind: 'reviewed', how: 'verbal', reviewBy: o.reviewBy ?? null });
