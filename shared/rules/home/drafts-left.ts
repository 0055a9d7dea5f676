/**
 * Forms left half-way: each draft in the drafts table, named by its form, newest first, with the
 * button that opens the form again (where the draft is restored). The draft key says which form
 * (`family-form:new`, `plan-form:<plan id>`...); a key this list does not know is left out.
 */
import type { HomeButton, HomeTarget } from './target';

export interface DraftRef {
  key: string;
  savedAt: string;
}

/** What the read model found out about the records a draft key names. */
export interface DraftLookups {
  /** Plan id to family id. */
  planFamily: ReadonlyMap<string, string>;
  /** Meeting id to family id. */
  meetingFamily: ReadonlyMap<string, string>;
  /** Minutes version id to its family and meeting. */
  minutesMeeting: ReadonlyMap<string, { familyId: string; meetingId: string }>;
}

export interface DraftLeftItem {
  key: string;
  savedAt: string;
  /** "New family", "Consent", ... */
  form: string;
  /** The family it is about, when there is one. */
  familyId: string | null;
  button: HomeButton;
}

/** The ids a draft key refers to, for the read model to look up (plans, meetings, minutes). */
export function draftReferences(keys: readonly string[]): { planIds: string[]; meetingIds: string[]; minutesIds: string[] } {
  const planIds = new Set<string>();
  const meetingIds = new Set<string>();
  const minutesIds = new Set<string>();
  for (const key of keys) {
    const [form, ...rest] = key.split(':');
    const last = rest[rest.length - 1] ?? '';
    if ((form === 'plan-form' && rest[0] !== 'new') || form === 'plan-status') planIds.add(last);
    if (form === 'meeting-run') meetingIds.add(last);
    if (form === 'minutes-review') minutesIds.add(last);
  }
  return { planIds: [...planIds], meetingIds: [...meetingIds], minutesIds: [...minutesIds] };
}

type Described = { form: string; familyId: string | null; target: HomeTarget } | null;

function describe(key: string, lookups: DraftLookups): Described {
  const [form, ...rest] = key.split(':');
  const id = rest[rest.length - 1] ?? '';
  switch (form) {
    case 'family-form':
      return id === 'new' ? { form: 'New family', familyId: null, target: { screen: 'family-new' } } : { form: "Family's details", familyId: id, target: { screen: 'family-edit', familyId: id } };
    case 'plan-form': {
      if (rest[0] === 'new') return { form: 'New plan', familyId: id, target: { screen: 'plan-new', familyId: id } };
      const familyId = lookups.planFamily.get(id);
      return familyId ? { form: 'Changes to the plan', familyId, target: { screen: 'plan-edit', familyId } } : null;
    }
    case 'plan-status': {
      const familyId = lookups.planFamily.get(id);
      return familyId ? { form: "Change to the plan's status", familyId, target: { screen: 'plan', familyId } } : null;
    }
    case 'consent-form':
      return { form: 'Consent', familyId: id, target: { screen: 'consent', familyId: id } };
    case 'agency-consent-form':
      return { form: 'Consent for several agencies', familyId: id, target: { screen: 'consent', familyId: id } };
    case 'referral-form':
      return { form: 'Safeguarding referral', familyId: id, target: { screen: 'safeguarding', familyId: id } };
    case 'meeting-run': {
      const familyId = lookups.meetingFamily.get(id);
      return familyId ? { form: 'An action in a meeting', familyId, target: { screen: 'meeting-run', familyId, meetingId: id } } : null;
    }
    case 'minutes-review': {
      const found = lookups.minutesMeeting.get(id);
      return found ? { form: "The family's check of the minutes", familyId: found.familyId, target: { screen: 'minutes', ...found } } : null;
    }
    case 'directory-practitioner':
      return id === 'new'
        ? { form: 'New practitioner', familyId: null, target: { screen: 'practitioner-new' } }
        : { form: "A practitioner's details", familyId: null, target: { screen: 'practitioner-edit', practitionerId: id } };
    case 'directory-service':
      return id === 'new'
        ? { form: 'New local service', familyId: null, target: { screen: 'service-new' } }
        : { form: "A local service's details", familyId: null, target: { screen: 'service-edit', serviceId: id } };
    case 'settings':
      if (id === 'profile') return { form: 'Your details', familyId: null, target: { screen: 'settings' } };
      if (id === 'area') return { form: "The area's settings", familyId: null, target: { screen: 'settings-area' } };
      return null;
    default:
      return null;
  }
}

export function draftsLeft(input: { drafts: readonly DraftRef[]; lookups: DraftLookups }): DraftLeftItem[] {
  return [...input.drafts]
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt) || a.key.localeCompare(b.key))
    .flatMap((d) => {
      const found = describe(d.key, input.lookups);
      if (!found) return [];
      return [{ key: d.key, savedAt: d.savedAt, form: found.form, familyId: found.familyId, button: { label: 'Carry on', target: found.target } }];
    });
}
