/**
 * The new-meeting form's draft and its checks: pure, so they are unit-tested without a browser.
 * Dates are typed dd/mm/yyyy and times HH:MM, as the clock on the wall in England shows them.
 */
import { Temporal } from 'temporal-polyfill';
import type { Practitioner } from '../../../shared/domain/directory';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import { meetingKindSchema, type MeetingInvitee, type MeetingKind, type MeetingPlace } from '../../../shared/domain/meeting';
import { knownAs } from '../../../shared/domain/person';
import { clockTime, formatShortDate, LONDON, londonTime } from '../../../shared/time/london';
import { isClockTime } from '../../../shared/rules/clock';
import { parseUkDate } from '../../../shared/rules/dates';
import { agendaMinutes } from '../../../shared/rules/agenda-length';
import { childComesSchema, type ChildChoice } from '../../../shared/domain/child-coming';
import { choiceProblem, readChildChoicesParam } from '../../../shared/rules/child-items';

export interface MeetingDraft {
  kind: MeetingKind | '';
  date: string;
  time: string;
  length: string;
  venueKind: 'place' | 'home' | '';
  placeName: string;
  placeAddress: string;
  householdId: string;
  privacyNote: string;
  accessNote: string;
  childAttends: 'yes' | 'no' | '';
  /**
   * When the child comes: child by child, no, the whole meeting or only some items (numbers on the
   * agenda of the kind chosen). A child not listed comes for the whole meeting. Drafts saved before
   * this was asked have none.
   */
  childChoices?: Record<string, ChildChoice>;
  /** Person ids of family members and directory ids of practitioners. */
  invitees: string[];
}

export const EMPTY_DRAFT: MeetingDraft = {
  kind: '',
  date: '',
  time: '',
  // Filled in from the agenda's total when the kind of meeting is chosen (see `withKind`).
  length: '',
  venueKind: '',
  placeName: '',
  placeAddress: '',
  householdId: '',
  privacyNote: '',
  accessNote: '',
  childAttends: '',
  childChoices: {},
  invitees: [],
};

const STRING_FIELDS = ['date', 'time', 'length', 'placeName', 'placeAddress', 'householdId', 'privacyNote', 'accessNote'] as const;

export function isMeetingDraft(value: unknown): value is MeetingDraft {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    STRING_FIELDS.every((f) => typeof v[f] === 'string') &&
    (v.kind === '' || meetingKindSchema.safeParse(v.kind).success) &&
    (v.venueKind === '' || v.venueKind === 'place' || v.venueKind === 'home') &&
    (v.childAttends === '' || v.childAttends === 'yes' || v.childAttends === 'no') &&
    (v.childChoices === undefined || isChoices(v.childChoices)) &&
    Array.isArray(v.invitees) &&
    v.invitees.every((i) => typeof i === 'string')
  );
}

function isChoices(value: unknown): value is Record<string, ChildChoice> {
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).every((c: unknown) => {
    if (typeof c !== 'object' || c === null) return false;
    const { comes, items } = c as Record<string, unknown>;
    return childComesSchema.safeParse(comes).success && Array.isArray(items) && items.every((n) => Number.isInteger(n));
  });
}

/**
 * What a child is first offered when they come: the items the agenda template marks as right for
 * a child (their voice, the plan), not the discussion of worries; the whole meeting when the
 * template marks every item or none.
 */
export function suggestedChoice(items: readonly { readonly childCanAttend: boolean }[]): ChildChoice {
  const numbers = items.flatMap((item, i) => (item.childCanAttend ? [i + 1] : []));
  return numbers.length === 0 || numbers.length === items.length ? { comes: 'whole', items: [] } : { comes: 'items', items: numbers };
}

/** One child's answer on the form: the template's suggestion until the chair says otherwise. */
export function childChoiceOf(draft: Pick<MeetingDraft, 'childChoices'>, childId: string, suggested: ChildChoice = { comes: 'whole', items: [] }): ChildChoice {
  return draft.childChoices?.[childId] ?? suggested;
}

/** The id of the question about one child (its item list is `${id}-items`). */
export const childQuestionId = (childId: string) => `meeting-child-${childId}`;

/** "2026-12-03T16:00:00+00:00" → date "03/12/2026" and time "16:00" in London; null when it is not a time. */
export function splitStart(startsAt: string): { date: string; time: string } | null {
  try {
    const t = londonTime(startsAt);
    return { date: formatShortDate(t.toPlainDate().toString()), time: clockTime(t.epochMilliseconds) };
  } catch {
    return null;
  }
}

export type StartParse = { ok: true; startsAt: string } | { ok: false; field: 'date' | 'time'; message: string };

/** A London date and wall-clock time → an ISO instant with offset and zone, e.g. 2026-12-03T16:00:00+00:00[Europe/London]. */
export function londonStart(dateText: string, timeText: string): StartParse {
  const date = parseUkDate(dateText);
  if (!date.ok) return { ok: false, field: 'date', message: date.message };
  const time = timeText.trim().replace(/^(\d):/, '0$1:').replace('.', ':');
  if (!isClockTime(time)) return { ok: false, field: 'time', message: 'Enter the start time as hours and minutes, for example 16:00' };
  const zoned = Temporal.PlainDateTime.from(`${date.date}T${time}`).toZonedDateTime(LONDON, { disambiguation: 'compatible' });
  return { ok: true, startsAt: zoned.toString({ smallestUnit: 'second' }) };
}

/**
 * The draft a "find a time" link opens with: ?startsAt=…&lengthMinutes=…&children=leo:3.11,mia:no&childAttends=…&invitees=a,b.
 * `minutesFor` is the agenda's total for a kind: pass the area's templates (Settings), not the shipped ones.
 */
export function draftFromQuery(params: URLSearchParams, minutesFor: (k: MeetingKind) => number = agendaMinutes): MeetingDraft {
  const draft: MeetingDraft = { ...EMPTY_DRAFT, invitees: [] };
  const kind = meetingKindSchema.safeParse(params.get('kind'));
  if (kind.success) draft.kind = kind.data;
  const start = params.get('startsAt');
  const split = start ? splitStart(start) : null;
  if (split) Object.assign(draft, split);
  const length = params.get('lengthMinutes');
  if (length && /^\d{1,3}$/.test(length)) draft.length = length;
  else if (draft.kind !== '') draft.length = String(minutesFor(draft.kind));
  const child = params.get('childAttends');
  if (child === 'true' || child === 'yes') draft.childAttends = 'yes';
  if (child === 'false' || child === 'no') draft.childAttends = 'no';
  draft.childChoices = readChildChoicesParam(params.get('children'));
  const invitees = params.get('invitees');
  if (invitees) draft.invitees = [...new Set(invitees.split(',').map((s) => s.trim()).filter((s) => /^[A-Za-z0-9_-]{1,64}$/.test(s)))];
  return draft;
}

/**
 * The draft with this kind of meeting chosen. A length nobody has typed (empty, or still the last
 * kind's agenda total) follows the new kind's agenda total; a length the chair chose is kept.
 */
export function withKind(draft: MeetingDraft, kind: MeetingKind, minutesFor: (k: MeetingKind) => number = agendaMinutes): MeetingDraft {
  const untouched = draft.length.trim() === '' || (draft.kind !== '' && draft.length.trim() === String(minutesFor(draft.kind)));
  return { ...draft, kind, length: untouched ? String(minutesFor(kind)) : draft.length };
}

export interface FieldError {
  fieldId: string;
  message: string;
}

export interface CheckedMeeting {
  kind: MeetingKind;
  startsAt: string;
  lengthMinutes: number;
  venue: string;
  place: MeetingPlace;
  privacyNote: string;
  accessNote: string;
  childAttends: boolean;
  /** Child by child, when the child comes (every child: none comes when the child is not coming). */
  childChoices: Record<string, ChildChoice>;
  invitees: MeetingInvitee[];
}

/** The family's people who can be invited: carers, then children. */
export function familyInvitees(family: FamilyRecord): MeetingInvitee[] {
  return [
    ...family.carers.map((c): MeetingInvitee => ({ kind: 'family', id: c.id, name: c.name, role: c.relationship || 'Parent or carer', agency: '', email: c.email })),
    ...family.children.map((c): MeetingInvitee => ({ kind: 'family', id: c.id, name: knownAs(c), role: 'Child or young person', agency: '', email: c.email })),
  ];
}

export function practitionerInvitee(p: Practitioner): MeetingInvitee {
  return { kind: 'practitioner', id: p.id, name: p.name, role: p.role, agency: p.agency, email: p.secureEmail };
}

export function homeName(family: FamilyRecord, householdId: string): string {
  const index = family.households.findIndex((h) => h.id === householdId);
  const home = family.households[index];
  if (!home) return 'The family’s home';
  return home.label || `Home ${index + 1}`;
}

/** Checks the draft; every problem names its field so the error summary can move to it. */
export function checkDraft(
  draft: MeetingDraft,
  family: FamilyRecord,
  practitioners: readonly Practitioner[],
  /** The agenda template of the kind chosen: what a child is offered until the chair answers. */
  agendaItems: readonly { readonly childCanAttend: boolean }[] = [],
): { ok: true; value: CheckedMeeting } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (draft.kind === '') errors.push({ fieldId: 'meeting-kind', message: 'Choose what kind of meeting this is' });
  let startsAt = '';
  if (draft.date.trim() === '') errors.push({ fieldId: 'meeting-date', message: 'Enter the date of the meeting' });
  else if (draft.time.trim() === '') errors.push({ fieldId: 'meeting-time', message: 'Enter the start time, for example 16:00' });
  else {
    const start = londonStart(draft.date, draft.time);
    if (start.ok) startsAt = start.startsAt;
    else errors.push({ fieldId: start.field === 'date' ? 'meeting-date' : 'meeting-time', message: start.message });
  }
  const length = Number(draft.length.trim());
  if (!/^\d+$/.test(draft.length.trim()) || length < 15 || length > 480) {
    errors.push({ fieldId: 'meeting-length', message: 'Enter the length in minutes, from 15 to 480' });
  }
  let place: MeetingPlace | null = null;
  let venue = '';
  if (draft.venueKind === '') errors.push({ fieldId: 'meeting-venue', message: 'Choose where the meeting will be' });
  else if (draft.venueKind === 'place') {
    if (draft.placeName.trim() === '') errors.push({ fieldId: 'meeting-place-name', message: 'Enter the name of the place' });
    else {
      place = { kind: 'place', name: draft.placeName.trim(), address: draft.placeAddress.trim() };
      venue = place.name;
    }
  } else if (!family.households.some((h) => h.id === draft.householdId)) {
    errors.push({ fieldId: 'meeting-home', message: 'Choose which home' });
  } else {
    place = { kind: 'home', householdId: draft.householdId };
    venue = homeName(family, draft.householdId);
  }
  if (draft.childAttends === '') errors.push({ fieldId: 'meeting-child', message: 'Say whether the child or young person will come' });
  const childChoices: Record<string, ChildChoice> = {};
  for (const child of family.children) {
    const choice: ChildChoice = draft.childAttends === 'yes' ? childChoiceOf(draft, child.id, suggestedChoice(agendaItems)) : { comes: 'no', items: [] };
    const problem = choiceProblem(choice, knownAs(child));
    if (problem !== null) errors.push({ fieldId: `${childQuestionId(child.id)}-items`, message: problem });
    childChoices[child.id] = choice;
  }
  const people = [...familyInvitees(family), ...practitioners.map(practitionerInvitee)];
  const invitees = people.filter((p) => draft.invitees.includes(p.id));
  if (!invitees.some((i) => i.kind === 'family')) errors.push({ fieldId: 'meeting-family', message: 'Invite at least one person from the family' });
  if (errors.length > 0 || draft.kind === '' || place === null) return { ok: false, errors };
  return {
    ok: true,
    value: {
      kind: draft.kind,
      startsAt,
      lengthMinutes: length,
      venue,
      place,
      privacyNote: draft.privacyNote.trim(),
      accessNote: draft.accessNote.trim(),
      childAttends: draft.childAttends === 'yes',
      childChoices,
      invitees,
    },
  };
}
