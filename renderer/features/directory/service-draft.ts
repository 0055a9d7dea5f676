import { localServiceInputSchema, type LocalService, type LocalServiceInput } from '../../../shared/domain/directory';
import type { Validated } from '../../../shared/domain/family';
import { isStringRecord, validateWith } from './form-validation';

/** The local service form as typed, before it is checked. */
export type ServiceDraft = Record<keyof LocalServiceInput, string>;

export const SERVICE_FIELDS = ['name', 'offer', 'forWhom', 'howToRefer', 'phone', 'email', 'website', 'notes'] as const satisfies ReadonlyArray<
  keyof LocalServiceInput
>;

export function emptyServiceDraft(): ServiceDraft {
  return { name: '', offer: '', forWhom: '', howToRefer: '', phone: '', email: '', website: '', notes: '' };
}

export function serviceDraftFrom(s: LocalService): ServiceDraft {
  return {
    name: s.name,
    offer: s.offer,
    forWhom: s.forWhom,
    howToRefer: s.howToRefer,
    phone: s.phone,
    email: s.email,
    website: s.website,
    notes: s.notes,
  };
}

export function isServiceDraft(value: unknown): value is ServiceDraft {
  return isStringRecord(value, SERVICE_FIELDS);
}

export function validateServiceDraft(draft: ServiceDraft): Validated<LocalServiceInput> {
  return validateWith(localServiceInputSchema, draft);
}

export function serviceFieldId(field: string): string {
  return `service-${field}`;
}
