import { Temporal } from 'temporal-polyfill';
import type { Practitioner } from '../../../shared/domain/directory';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import type { MeetingKind } from '../../../shared/domain/meeting-kind';
import type { FamilyTimetableRecord, PractitionerUnavailabilityRecord } from '../../../shared/domain/stored-timetables';
import { familyPreferencesFrom, type FamilyMemberTimetable } from '../../../shared/domain/timetable';
import { parseBankHolidays, parseTermDates, type BankHolidayFile, type TermDatesFile } from '../../../shared/rules/calendar-data';
import { clockToMinutes, dayName } from '../../../shared/rules/clock';
import { formatLongDate, type IsoDate } from '../../../shared/rules/dates';
import type { FindSlotsRequest, ProposedSlot, SlotInvitee } from '../../../shared/rules/slot-finder';
import { familyPeople } from './people';

export const MEETING_LENGTHS = [30, 45, 60, 90] as const;

/** The first and last day of the default search: today and the next 8 weeks. */
export function defaultRange(today: IsoDate): { from: IsoDate; to: IsoDate } {
  return { from: today, to: Temporal.PlainDate.from(today).add({ days: 55 }).toString() };
}

export interface FindInputs {
  family: FamilyRecord;
  timetable: FamilyTimetableRecord | null;
  practitioners: readonly Practitioner[];
  unavailability: readonly PractitionerUnavailabilityRecord[];
  /** Ids of the family members and practitioners invited. */
  invited: readonly string[];
  from: IsoDate;
  to: IsoDate;
  lengthMinutes: number;
  childShouldAttend: boolean;
  bankHolidays: BankHolidayFile;
  termDates: TermDatesFile;
  now: Date;
}

export type BuiltRequest = { ok: true; request: FindSlotsRequest } | { ok: false; message: string };

/** Everything the slot finder needs, from what is stored. Only invited family members' answers count towards evenings and weekends. */
export function buildRequest(input: FindInputs): BuiltRequest {
  const holidays = parseBankHolidays(input.bankHolidays);
  if (!holidays.ok) return { ok: false, message: holidays.message };
  const terms = parseTermDates(input.termDates);
  if (!terms.ok) return { ok: false, message: terms.message };
  const invited = new Set(input.invited);
  const invitees: SlotInvitee[] = [];
  const said: FamilyMemberTimetable[] = [];
  for (const person of familyPeople(input.family)) {
    if (!invited.has(person.id)) continue;
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
    });
  }
  for (const p of input.practitioners) {
    if (!invited.has(p.id)) continue;
    const away = input.unavailability.find((u) => u.practitionerId === p.id);
    invitees.push({ id: p.id, name: p.name, role: p.role, isFamily: false, busy: away?.busy ?? [], unavailable: away?.unavailable ?? [] });
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
      childShouldAttend: input.childShouldAttend,
      now: input.now,
      limit: 10,
    },
  };
}

/** "09:00" -> "9am"; "16:30" -> "4:30pm"; "12:00" -> "midday". */
export function clockWords(time: string): string {
  const minutes = clockToMinutes(time);
  const h = Math.floor(minutes / 60) % 24;
  const m = minutes % 60;
  if (h === 12 && m === 0) return 'midday';
  if (h === 0 && m === 0) return 'midnight';
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  return `${hour12}${m === 0 ? '' : `:${String(m).padStart(2, '0')}`}${h < 12 ? 'am' : 'pm'}`;
}

/** "Thursday 3 December 2026, 4pm to 5pm" */
export function slotWords(slot: Pick<ProposedSlot, 'date' | 'dayOfWeek' | 'startTime' | 'endTime'>): string {
  return `${dayName(slot.dayOfWeek)} ${formatLongDate(slot.date)}, ${clockWords(slot.startTime)} to ${clockWords(slot.endTime)}`;
}

/** Where "Plan the meeting for this time" goes: the meeting page, told the time, length, who is invited and (from the family's path) the kind. */
export function meetingLink(
  familyId: string,
  slot: Pick<ProposedSlot, 'start'>,
  lengthMinutes: number,
  childAttends: boolean,
  invitees: readonly string[],
  kind: MeetingKind | null = null,
): string {
  const link = `/families/${familyId}/meetings/new?startsAt=${encodeURIComponent(slot.start)}&lengthMinutes=${lengthMinutes}&childAttends=${childAttends}&invitees=${invitees.join(',')}`;
  return kind === null ? link : `${link}&kind=${kind}`;
}
