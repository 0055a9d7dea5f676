/**
 * What an invitation is made from: the meeting as the chair planned it. The letter
 * (letter.ts) and the calendar file (shared/calendar/ics.ts) read the same details, each for
 * one recipient, after `redactFor` has taken out what that recipient must not see.
 */
import type { AreaSettings } from '../../domain/area-settings';
import type { FamilyRecord } from '../../domain/family-record';
import type { MeetingKind } from '../../domain/meeting';
import type { IsoDate } from '../../rules/dates';
import type { ConsentEvent } from '../../domain/consent';
import type { Glossary } from '../../rules/glossary';

/** Where the meeting is. A family home is named by its household, so its address is redacted per recipient. */
export type InvitationVenue =
  | { kind: 'place'; name: string; address: string }
  | { kind: 'home'; householdId: string };

export interface InvitationInvitee {
  /** A family member's person id or a practitioner's id: safety flags name either. */
  id: string;
  name: string;
  /** In plain words, e.g. "School nurse: looks after children's health in school". */
  role: string;
  /** Where they work; empty for family members. */
  agency: string;
  /** Cannot come and will send a short written report instead. */
  sendsReport?: boolean;
  /** Used only in this person's own calendar invitation (ATTENDEE), never in anyone else's. */
  email?: string;
}

export interface InvitationAgendaItem {
  title: string;
  /** What happens in this part, in plain words. */
  description: string;
  /** A review's open actions looked at in this part, by name: "Leo sees the school nurse (Ana Ruiz)". */
  actions?: string[];
}

/** Whether a child comes: all of it, some parts (agenda item titles), or not at all. */
export interface ChildAttendance {
  childId: string;
  attends: 'all' | 'part' | 'no';
  /** For 'part': the titles of the agenda items the child is there for. */
  items?: string[];
}

export interface InvitationChair {
  name: string;
  /** e.g. "Family support worker". */
  role: string;
  agency: string;
  phone?: string;
  email?: string;
}

export interface InvitationMeeting {
  id: string;
  kind: MeetingKind;
  /** ISO instant with offset, e.g. 2026-12-03T16:00:00+00:00 (a bracketed zone is allowed). */
  startsAt: string;
  lengthMinutes: number;
  venue: InvitationVenue;
  /** e.g. "We will use a private room at the back of the school." */
  privacyNote?: string;
  /** e.g. "There is step-free access through the side gate." */
  accessNote?: string;
  invitees: InvitationInvitee[];
  agenda: InvitationAgendaItem[];
  children: ChildAttendance[];
  chair: InvitationChair;
  /** Asking for another time: tell the chair by this date, if given, and any extra words. */
  anotherTime?: { askBy?: IsoDate; note?: string };
}

export interface InvitationInput {
  family: FamilyRecord;
  /** The family member the letter is addressed to (a carer, or an older child). */
  recipientId: string;
  meeting: InvitationMeeting;
  area: AreaSettings;
  /** The family's consent log: the letter's sentence about agreeing to the support is worked out from it. */
  consents?: readonly ConsentEvent[];
  /** Explains each role in "Who will be there"; the shipped glossary unless given. */
  glossary?: Glossary;
}

export interface InvitationOptions {
  /** The date printed on the letter. */
  today: IsoDate;
  /** Not yet checked by the chair: DRAFT on every page. */
  draft?: boolean;
  largePrint?: boolean;
  /** ISO date-time written into the file's metadata. */
  createdAt?: string;
}
