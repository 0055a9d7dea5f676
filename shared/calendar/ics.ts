/**
 * One calendar invitation (RFC 5545 / iTIP) per invitee, in Europe/London wall-clock time with
 * its VTIMEZONE, so Outlook, Google and Apple calendars keep a 4pm meeting at 4pm after the
 * clocks change. Written by ical-generator (escaping, CRLF, folding at 75 octets), with the
 * final line's CRLF added.
 *
 * Only what this invitee may see goes in: the family record is redacted for them first, a family
 * home whose address is withheld becomes "Address shared separately", and the finished text is
 * checked for every withheld detail (WithheldDetailError).
 *
 * Pure: the DTSTAMP is passed in, the UID is derived, and the VTIMEZONE comes from a constant
 * (london-vtimezone.ts) rather than @touch4it/ical-timezones's file read.
 */
import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventClass, ICalEventStatus } from 'ical-generator';
import { Temporal } from 'temporal-polyfill';
import { areaWords, type AreaSettings } from '../domain/area-settings';
import type { FamilyRecord } from '../domain/family-record';
import { assertNothingWithheld } from '../documents/invitation/leak-guard';
import type { InvitationMeeting } from '../documents/invitation/types';
import { venueFor, venueLine } from '../documents/invitation/venue';
import { LONDON, londonTime } from '../time/london';
import { redactFor } from '../rules/redaction';
import { icsDescription } from './description';
import { londonVtimezone } from './london-vtimezone';
import { FILE_KIND_TABLE } from '../file-kinds';

export const ICS_MIME = `${FILE_KIND_TABLE.ics.mime}; charset=utf-8; method=REQUEST`;
export const UID_DOMAIN = 'team-around.local';
/** Why there is no calendar file: ORGANIZER must be the chair's own mailto: address, never a made-up one. */
export const NEEDS_CHAIR_EMAIL = 'A calendar invitation names you as the organiser, so replies reach you: add your email address in Settings first.';

export interface IcsInput {
  family: FamilyRecord;
  meeting: InvitationMeeting;
  area: Pick<AreaSettings, 'words'>;
  /** Who this file is for: one of `meeting.invitees`. */
  inviteeId: string;
  /** 0 when first sent; add one each time the time, place or status changes. */
  sequence: number;
  status: 'confirmed' | 'cancelled';
  /** DTSTAMP: when this version is sent, ISO instant. */
  stamp: string;
  /** VTIMEZONE source; defaults to the built-in Europe/London block. */
  vtimezone?: (tzid: string) => string | null;
}

/** The same for every version sent to this invitee, so calendars update the entry instead of adding one. */
export function meetingUid(meetingId: string, inviteeId: string): string {
  return `${meetingId}.${inviteeId}@${UID_DOMAIN}`;
}

export function meetingIcs(input: IcsInput): string {
  const { meeting, inviteeId, status } = input;
  const invitee = meeting.invitees.find((i) => i.id === inviteeId);
  if (!invitee) throw new Error('The calendar invitation is for someone who is not invited to this meeting.');
  if (!Number.isInteger(input.sequence) || input.sequence < 0) throw new Error('The sequence number must be a whole number, 0 or more.');
  const organiserEmail = meeting.chair.email?.trim() ?? '';
  if (organiserEmail === '') throw new Error(NEEDS_CHAIR_EMAIL);
  const cancelled = status === 'cancelled';
  const family = redactFor(inviteeId, input.family);
  const location = venueLine(venueFor(meeting.venue, family, input.family));
  const summary = `${cancelled ? 'Cancelled: ' : ''}${areaWords(input.area).meetingLong} meeting`;
  const description = icsDescription(meeting, location, cancelled);
  const { chair } = meeting;
  assertNothingWithheld(inviteeId, input.family, [summary, location, description, chair.name, invitee.name]);

  const start = londonTime(meeting.startsAt);
  const calendar = ical({
    prodId: { company: 'Team Around', product: 'Team Around', language: 'EN' },
    method: cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
    // No calendar-level zone name: ical-generator 10.2 then writes DTSTAMP in that zone without
    // a Z (RFC 5545 requires UTC). The event's own TZID still pulls in the VTIMEZONE.
    timezone: { name: '', generator: input.vtimezone ?? londonVtimezone },
  });
  calendar.createEvent({
    id: meetingUid(meeting.id, inviteeId),
    sequence: input.sequence,
    stamp: Temporal.Instant.from(input.stamp),
    start,
    end: start.add({ minutes: meeting.lengthMinutes }),
    timezone: LONDON,
    summary,
    location,
    description,
    organizer: { name: chair.name, email: organiserEmail },
    attendees: invitee.email ? [{ name: invitee.name, email: invitee.email, rsvp: true, role: ICalAttendeeRole.REQ, status: ICalAttendeeStatus.NEEDSACTION }] : [],
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    class: ICalEventClass.PRIVATE,
  });
  return crlfLines(calendar.toString());
}

/**
 * RFC 5545 3.1: every content line ends with CRLF, the last one too. ical-generator leaves the
 * final END:VCALENDAR bare, and some importers (Outlook among them) then drop the file.
 */
export function crlfLines(text: string): string {
  const lines = text.replace(/\r\n|\r|\n/g, '\n').replace(/\n+$/, '');
  return `${lines.split('\n').join('\r\n')}\r\n`;
}
