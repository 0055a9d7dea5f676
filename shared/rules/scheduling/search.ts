import type { IsoDate } from '../dates';
import type { BankHolidayCalendar, TermCalendar } from '../calendar-data';
import { planDays, prepareInvitees, type PlannedDay, type PreparedInvitee } from './busy-days';
import { scan, type ScanResult, type SearchSettings } from './scan';
import type { SlotInvitee } from './types';

/** Everything one search needs, already checked. Diagnosis reruns it with one thing changed. */
export interface SearchInput {
  from: IsoDate;
  to: IsoDate;
  invitees: readonly SlotInvitee[];
  childShouldAttend: boolean;
  schoolDay: { start: number; end: number };
  bankHolidays: BankHolidayCalendar;
  terms: TermCalendar | undefined;
  settings: SearchSettings;
}

export interface Search {
  input: SearchInput;
  invitees: PreparedInvitee[];
  days: PlannedDay[];
  result: ScanResult;
}

export type SearchOutcome = { ok: true; search: Search } | { ok: false; message: string };

export function runSearch(input: SearchInput): SearchOutcome {
  const prepared = prepareInvitees(input.invitees, input.childShouldAttend, input.schoolDay);
  if (!prepared.ok) return prepared;
  const days = planDays(input.from, input.to, prepared.invitees, input.bankHolidays, input.terms);
  const result = scan(days, prepared.invitees, input.settings);
  return { ok: true, search: { input, invitees: prepared.invitees, days, result } };
}
