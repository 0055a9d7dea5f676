import type { IsoDate } from '../dates';
import type { DayOfWeek } from '../clock';
import type { BankHolidayCalendar, TermCalendar } from '../calendar-data';
import type { BusyKind, FamilyPreferences, OneOffUnavailable, WeeklyBusyTime } from '../../domain/timetable';
import type { PartOfMeeting } from '../child-items';

/** The words used for a person in explanations: "so he can come". */
export type Pronoun = 'he' | 'she' | 'they';

export interface SlotInvitee {
  id: string;
  /** As the chair and family say it: "Mum", "Dad", "Sam", "Priya Shah". */
  name: string;
  /** In plain words: "Health visitor", "Class teacher". */
  role: string;
  /** Parents, carers and children. A slot "fits the family" only if every family member is free. */
  isFamily: boolean;
  /** A child or young person: only counted when the child should attend. Children count as family. */
  isChild?: boolean;
  pronoun?: Pronoun;
  /**
   * Keep this person's commitments out of the explanations (say only whether they can come).
   * For a parent whose routine must not reach the other parent, for example after domestic abuse.
   */
  keepTimetablePrivate?: boolean;
  busy: readonly WeeklyBusyTime[];
  unavailable: readonly OneOffUnavailable[];
  /** A practitioner's own working hours, "09:00" to "17:00": they cannot come outside them, any day. */
  workingHours?: { start: string; end: string };
  /** Someone who comes for some agenda items only (a child): they need to be free only then. Left out: the whole meeting. */
  part?: PartOfMeeting;
}

export interface WorkingHours {
  /** Earliest start, "09:00". */
  start: string;
  /** Latest end on an ordinary day, "17:00". */
  end: string;
  /** Latest end when the family has said evenings are fine, "20:00". */
  eveningEnd: string;
}

export interface FindSlotsRequest {
  /** First and last day to search, inclusive (YYYY-MM-DD, in England). */
  from: IsoDate;
  to: IsoDate;
  lengthMinutes: number;
  /** Gap between possible start times; 15 unless told. */
  stepMinutes?: number;
  invitees: readonly SlotInvitee[];
  /** What the family said suits them. Left out: no preferred times, no evenings, no weekends. */
  familyPreferences?: FamilyPreferences;
  bankHolidays: BankHolidayCalendar;
  /** The area's or school's term dates. Left out: every weekday is taken to be term time. */
  terms?: TermCalendar;
  /** When true, children among the invitees must be free, and their school day is avoided in term time. */
  childShouldAttend?: boolean;
  /** Used for a child whose timetable has no school day of its own; 08:45 to 15:15 unless told. */
  schoolDay?: { start: string; end: string };
  /** Defaults: 09:00 to 17:00, evenings until 20:00. */
  workingHours?: Partial<WorkingHours>;
  /** Times before this are not offered. */
  now: Date;
  /** How many slots to return; 10 unless told. */
  limit?: number;
  /** At most this many slots on one day, so the family sees a spread of days; 2 unless told. */
  maxPerDay?: number;
}

export interface CannotCome {
  id: string;
  name: string;
  role: string;
  isFamily: boolean;
  /** What they are doing then, from their own timetable: "Clinic, 09:00 to 12:00". */
  because: string;
}

export interface ProposedSlot {
  date: IsoDate;
  dayOfWeek: DayOfWeek;
  /** Wall-clock time in England, "15:30", whatever the time of year. */
  startTime: string;
  endTime: string;
  /** ISO 8601 with the offset in force that day: "2026-10-27T15:30:00+00:00". */
  start: string;
  end: string;
  /** "+00:00" (GMT) or "+01:00" (BST). */
  utcOffset: string;
  timeZone: 'Europe/London';
  /** Every family member invited can come. */
  fitsFamily: boolean;
  /** Ids of those who can come, family first. */
  canCome: string[];
  cannotCome: CannotCome[];
  preferredByFamily: boolean;
  evening: boolean;
  weekend: boolean;
  schoolHolidays: boolean;
  /** The sentences of `explanation`, one per point. */
  reasons: string[];
  /** Why this slot, in plain words built from the timetables. */
  explanation: string;
}

export type SuggestionKind =
  | 'allow-evenings'
  | 'allow-weekends'
  | 'allow-evenings-and-weekends'
  | 'shorter-meeting'
  | 'look-further-ahead'
  | 'child-joins-differently'
  | 'ask-the-family'
  | 'fix-request';

export interface Suggestion {
  kind: SuggestionKind;
  text: string;
}

export interface FindSlotsResult {
  /** Best first: fits the family, then most invitees, then the family's preferred times, then soonest. */
  slots: ProposedSlot[];
  /** Null when at least one slot fits everyone in the family; otherwise why not, and what to try. */
  reason: string | null;
  suggestions: Suggestion[];
  /** Things the chair should check: bank holidays not known, term dates assumed or only an example. */
  notes: string[];
}

/** A time someone is taken up, as the rules see it: minutes after midnight on a given day. */
export interface BusySource {
  kind: BusyKind | 'unavailable';
  label: string;
  start: number;
  end: number;
  /** Weekly times only. */
  days?: readonly DayOfWeek[];
  termTimeOnly?: boolean;
  /** One-off dates only. */
  date?: IsoDate;
  /** True for a one-off date with no times: the whole day. */
  wholeDay?: boolean;
  /** Outside this person's working hours, which were "09:00 to 17:00". */
  hours?: string;
}

/** One busy stretch on one day, pointing back at what caused it. */
export interface BusyInterval {
  start: number;
  end: number;
  source: number;
}
