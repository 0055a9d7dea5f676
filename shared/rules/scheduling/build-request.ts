/**
 * The slot finder's request, built from what is stored: the family's answers about their week, the
 * practitioners' time away, bank holidays and term dates. Only invited family members' answers
 * count towards evenings and weekends.
 */
import { workingHoursOf, type Practitioner } from '../../domain/directory';
import type { FamilyRecord } from '../../domain/family-record';
import type { FamilyTimetableRecord, PractitionerUnavailabilityRecord } from '../../domain/stored-timetables';
import { familyPreferencesFrom, type FamilyMemberTimetable } from '../../domain/timetable';
import { parseBankHolidays, parseTermDates, type BankHolidayFile, type TermDatesFile } from '../calendar-data';
import type { IsoDate } from '../dates';
import type { ChildChoice } from '../../domain/child-coming';
import { childParts } from '../child-items';
import type { FindSlotsRequest, SlotInvitee } from './types';
import { familyPeople, type FamilyPerson } from './family-people';

export interface FindInputs {
  family: FamilyRecord;
  timetable: FamilyTimetableRecord | null;
  practitioners: readonly Practitioner[];
  unavailability: readonly PractitionerUnavailabilityRecord[];
  /** Ids of the carers and practitioners invited. Children are not chosen here: see `childShouldAttend`. */
  invited: readonly string[];
  from: IsoDate;
  to: IsoDate;
  lengthMinutes: number;
  childShouldAttend: boolean;
  /**
   * Which children come, child by child. Given, it is used exactly: a child comes if and only if
   * listed. Left out, every child comes exactly when `childShouldAttend` says.
   */
  childrenComing?: readonly string[];
  /**
   * Child by child: no, the whole meeting, or only some agenda items (numbers from 1 in
   * `agendaItems`). Given, it is used exactly and `childrenComing` is not needed; a child there
   * for some items needs to be free only during those items.
   */
  childChoices?: Readonly<Record<string, ChildChoice>>;
  /** The agenda the item numbers refer to, in order: each item's length sets when it is taken. */
  agendaItems?: readonly { readonly minutes: number }[];
  bankHolidays: BankHolidayFile;
  termDates: TermDatesFile;
  now: Date;
}

function isComing(person: FamilyPerson, invited: ReadonlySet<string>, input: Pick<FindInputs, 'childShouldAttend' | 'childrenComing'>): boolean {
  if (!person.isChild) return invited.has(person.id);
  return input.childrenComing === undefined ? input.childShouldAttend : input.childrenComing.includes(person.id);
}

export type BuiltRequest = { ok: true; request: FindSlotsRequest } | { ok: false; message: string };

/**
 * Everything the slot finder needs, from what is stored. Only invited family members' answers count
 * towards evenings and weekends. The children come exactly when the child should attend, whatever
 * `invited` says: a child who is not coming must not narrow the times (their "no evenings" would).
 */
export function buildRequest(given: FindInputs): BuiltRequest {
  const chosen = given.childChoices === undefined ? undefined : childParts(given.childChoices, given.agendaItems ?? [], given.lengthMinutes);
  const input = chosen === undefined ? given : { ...given, childrenComing: chosen.coming };
  const holidays = parseBankHolidays(input.bankHolidays);
  if (!holidays.ok) return { ok: false, message: holidays.message };
  const terms = parseTermDates(input.termDates);
  if (!terms.ok) return { ok: false, message: terms.message };
  const invited = new Set(input.invited);
  const invitees: SlotInvitee[] = [];
  const said: FamilyMemberTimetable[] = [];
  for (const person of familyPeople(input.family)) {
    if (!isComing(person, invited, input)) continue;
    const week = input.timetable?.members[person.id];
    if (week) said.push(week);
    invitees.push({
      id: person.id,
      name: person.name,
      role: person.role,
      isFamily: true,
      isChild: person.isChild,
      keepTimetablePrivate: person.keepPrivate,
      busy: week?.busy ?? [],
      unavailable: week?.unavailable ?? [],
      ...(chosen?.parts[person.id] !== undefined ? { part: chosen.parts[person.id] } : {}),
    });
  }
  for (const p of input.practitioners) {
    if (!invited.has(p.id)) continue;
    const away = input.unavailability.find((u) => u.practitionerId === p.id);
    invitees.push({ id: p.id, name: p.name, role: p.role, isFamily: false, busy: away?.busy ?? [], unavailable: away?.unavailable ?? [], workingHours: workingHoursOf(p) });
  }
  return {
    ok: true,
    request: {
      from: input.from,
      to: input.to,
      lengthMinutes: input.lengthMinutes,
      invitees,
      familyPreferences: familyPreferencesFrom(said),
      bankHolidays: holidays.value,
      terms: terms.value,
      childShouldAttend: input.childrenComing === undefined ? input.childShouldAttend : input.childrenComing.length > 0,
      now: input.now,
      limit: 10,
    },
  };
}
