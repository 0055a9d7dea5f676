/**
 * The calendar invitation, parsed back with ical.js: one event in Europe/London wall-clock time
 * with its VTIMEZONE, a stable UID, cancellation and SEQUENCE, text that survives escaping and
 * folding, and nothing a safety flag hides from the invitee.
 */
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { crlfLines, meetingIcs, meetingUid, NEEDS_CHAIR_EMAIL, type IcsInput } from '../../../shared/calendar/ics';
import { LONDON_VTIMEZONE } from '../../../shared/calendar/london-vtimezone';
import { area, family, ids, ids2, meeting, MUM_SECRETS } from './fixtures';

function icsFor(inviteeId: string, overrides: Partial<IcsInput> = {}): string {
  return meetingIcs({ family: family(), meeting: meeting(), area, inviteeId, sequence: 0, status: 'confirmed', stamp: '2026-11-20T10:00:00Z', ...overrides });
}

function parse(ics: string): { calendar: ICAL.Component; vevent: ICAL.Component; event: ICAL.Event } {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevents = calendar.getAllSubcomponents('vevent');
  expect(vevents).toHaveLength(1);
  const vevent = vevents[0]!;
  const vtimezone = calendar.getFirstSubcomponent('vtimezone');
  if (vtimezone) ICAL.TimezoneService.register(vtimezone);
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

function start(ics: string): { tzid: unknown; local: string; utc: string } {
  const { vevent, event } = parse(ics);
  const t = event.startDate;
  return {
    tzid: vevent.getFirstProperty('dtstart')?.getParameter('tzid'),
    local: `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`,
    utc: t.toJSDate().toISOString(),
  };
}

describe('time and time zone', () => {
  it('writes a winter meeting at 16:00 Europe/London, with the VTIMEZONE', () => {
    const ics = icsFor(ids2.nurse);
    expect(start(ics)).toEqual({ tzid: 'Europe/London', local: '16:00', utc: '2026-12-03T16:00:00.000Z' });
    const { calendar, event } = parse(ics);
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/London');
    expect(event.endDate.hour).toBe(17);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
  });

  it('keeps 16:00 wall-clock either side of the October clock change', () => {
    // Slot-finder times: 16:00 BST on 22 October, 16:00 GMT a week later.
    const before = icsFor(ids2.nurse, { meeting: meeting({ startsAt: '2026-10-22T16:00:00+01:00' }) });
    const after = icsFor(ids2.nurse, { meeting: meeting({ startsAt: '2026-10-29T16:00:00+00:00[Europe/London]' }) });
    expect(start(before)).toEqual({ tzid: 'Europe/London', local: '16:00', utc: '2026-10-22T15:00:00.000Z' });
    expect(start(after)).toEqual({ tzid: 'Europe/London', local: '16:00', utc: '2026-10-29T16:00:00.000Z' });
    expect(before).toContain('DTSTART;TZID=Europe/London:20261022T160000');
    expect(after).toContain('DTSTART;TZID=Europe/London:20261029T160000');
  });

  it('writes a summer meeting (+01:00) at 16:00, and DTSTAMP in UTC', () => {
    const ics = icsFor(ids2.nurse, { meeting: meeting({ startsAt: '2026-07-09T16:00:00+01:00' }), stamp: '2026-07-01T09:30:00+01:00' });
    expect(start(ics)).toEqual({ tzid: 'Europe/London', local: '16:00', utc: '2026-07-09T15:00:00.000Z' });
    expect(ics).toContain('DTSTAMP:20260701T083000Z\r\n');
  });

  it("ships the same VTIMEZONE as @touch4it/ical-timezones", () => {
    const fromPackage = getVtimezoneComponent('Europe/London');
    expect(fromPackage?.replace(/\r?\n/g, '\r\n').trim()).toBe(LONDON_VTIMEZONE);
    // A Node caller may pass the package's generator instead; the result is the same file.
    expect(icsFor(ids2.nurse, { vtimezone: getVtimezoneComponent })).toBe(icsFor(ids2.nurse));
  });
});

describe('identity, changes and cancellation', () => {
  it('has a UID that is stable across calls and differs per invitee', () => {
    const uid = (ics: string) => parse(ics).vevent.getFirstPropertyValue('uid');
    expect(uid(icsFor(ids2.nurse))).toBe(`${ids2.meeting}.${ids2.nurse}@team-around.local`);
    expect(uid(icsFor(ids2.nurse, { sequence: 3, stamp: '2026-11-25T08:00:00Z' }))).toBe(meetingUid(ids2.meeting, ids2.nurse));
    expect(uid(icsFor(ids.mum))).not.toBe(uid(icsFor(ids2.nurse)));
    expect(icsFor(ids2.nurse)).toBe(icsFor(ids2.nurse));
  });

  it('cancels with STATUS:CANCELLED, METHOD:CANCEL and a higher SEQUENCE', () => {
    const first = parse(icsFor(ids2.nurse));
    expect(first.vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(first.event.sequence).toBe(0);
    const cancelled = parse(icsFor(ids2.nurse, { status: 'cancelled', sequence: 1 }));
    expect(cancelled.vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled.calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(cancelled.event.sequence).toBe(1);
    expect(cancelled.event.summary).toBe('Cancelled: Team Around the Family meeting');
    expect(() => icsFor(ids2.nurse, { sequence: -1 })).toThrow(/sequence/);
  });

  it('names the chair as ORGANIZER and only this invitee as ATTENDEE', () => {
    const { vevent } = parse(icsFor(ids2.nurse));
    const organizer = vevent.getFirstProperty('organizer');
    expect(organizer?.getFirstValue()).toBe('mailto:sam.patel@example.gov.uk');
    expect(organizer?.getParameter('cn')).toBe('Sam Patel');
    const attendees = vevent.getAllProperties('attendee').map((a) => String(a.getFirstValue()).toLowerCase());
    expect(attendees).toEqual(['mailto:stefan.radulescu@example.nhs.uk']);
    expect(vevent.getFirstPropertyValue('class')).toBe('PRIVATE');
  });
});

describe('the organiser', () => {
  it("is never a made-up address: without the chair's email there is no calendar file", () => {
    const { email: _none, ...chair } = meeting().chair;
    expect(() => icsFor(ids.mum, { meeting: meeting({ chair }) })).toThrow(NEEDS_CHAIR_EMAIL);
    expect(() => icsFor(ids.mum, { meeting: meeting({ chair: { ...chair, email: '  ' } }) })).toThrow(NEEDS_CHAIR_EMAIL);
  });
});

describe('text', () => {
  it('round-trips commas, semicolons, newlines and Unicode names; lines are CRLF and at most 75 octets', () => {
    const tricky = meeting({
      accessNote: 'Side gate, then left; ring the bell.\nAsk for the "family room" \\ upstairs.',
      invitees: [...meeting().invitees, { id: 'prac-yw-0001', name: 'Siobhán Ó Dálaigh; Ștefan, محمد', role: 'Youth worker: runs the Friday club', agency: 'Kirkby Youth, Sport; Play' }],
    });
    const ics = icsFor(ids2.nurse, { meeting: tricky });
    const { event } = parse(ics);
    expect(event.description).toContain('Side gate, then left; ring the bell.\nAsk for the "family room" \\ upstairs.');
    expect(event.description).toContain('- Siobhán Ó Dálaigh; Ștefan, محمد: Youth worker: runs the Friday club, Kirkby Youth, Sport; Play');
    expect(event.description).toContain('- محمد حداد: Dad');
    expect(event.summary).toBe('Team Around the Family meeting');
    expect(event.location).toBe('Oak Lane Primary School, family room, Oak Lane, Bradford, BD5 0AA');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = ics.split('\r\n');
    // The split leaves one empty string after the last CRLF, and nothing else is empty.
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1).every((line) => line !== '')).toBe(true);
    for (const line of lines) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
  });

  it("never carries a date of birth or a child's school", () => {
    const ics = icsFor(ids.mum);
    for (const secret of ['2016', '2019', 'Little Acorns']) expect(ics).not.toContain(secret);
  });
});

describe('line endings (RFC 5545 3.1)', () => {
  it('ends every line with CRLF, the last one too, with no bare CR or LF in the raw bytes', () => {
    const tricky = meeting({ accessNote: 'Line one\nLine two\r\nLine three\rLine four' });
    for (const ics of [icsFor(ids2.nurse, { meeting: tricky }), icsFor(ids.mum, { status: 'cancelled', sequence: 2 })]) {
      const bytes = new TextEncoder().encode(ics);
      for (let i = 0; i < bytes.length; i++) {
        if (bytes[i] === 0x0a) expect(bytes[i - 1], `LF at byte ${i} without CR`).toBe(0x0d);
        if (bytes[i] === 0x0d) expect(bytes[i + 1], `CR at byte ${i} without LF`).toBe(0x0a);
      }
      expect([...bytes.slice(-15)]).toEqual([...new TextEncoder().encode('END:VCALENDAR\r\n')]);
      // ical.js still reads it, with the chair as organiser by their real address.
      const { event, vevent } = parse(ics);
      expect(event.summary).toContain('Team Around the Family meeting');
      expect(vevent.getFirstPropertyValue('organizer')).toBe('mailto:sam.patel@example.gov.uk');
    }
    expect(parse(icsFor(ids2.nurse, { meeting: tricky })).event.description).toContain('Line one\nLine two\nLine three\nLine four');
  });

  it('normalises any line ending to CRLF and ends with one', () => {
    expect(crlfLines('A\nB\r\nC\rD')).toBe('A\r\nB\r\nC\r\nD\r\n');
    expect(crlfLines('A\r\n')).toBe('A\r\n');
  });
});

describe('safety flags', () => {
  const atMums = meeting({ venue: { kind: 'home', householdId: ids.mumHome } });

  it("hides Mum's address from Dad: LOCATION says it is shared separately", () => {
    const ics = icsFor(ids.dad, { meeting: atMums });
    const { event } = parse(ics);
    expect(event.location).toBe('Address shared separately');
    expect(event.description).toContain('Where: Address shared separately');
    const unfolded = ics.replace(/\r\n /g, '').replace(/\\([,;\\])/g, '$1');
    for (const secret of MUM_SECRETS.filter((s) => !s.includes('&'))) expect(unfolded, secret).not.toContain(secret);
  });

  it('gives the address to everyone else', () => {
    expect(parse(icsFor(ids.mum, { meeting: atMums })).event.location).toBe("Mum's home, 12 Elm Road, Flat 3, Leeds, LS1 4AP");
    expect(parse(icsFor(ids2.nurse, { meeting: atMums })).event.location).toBe("Mum's home, 12 Elm Road, Flat 3, Leeds, LS1 4AP");
  });

  it('refuses to write a withheld detail typed into a note', () => {
    expect(() => icsFor(ids.dad, { meeting: meeting({ privacyNote: 'Mum (07700 900 123) will open the door.' }) })).toThrow(/safety flag/);
  });

  it('refuses an invitee who is not on the list', () => {
    expect(() => icsFor('prac-unknown1')).toThrow(/not invited/);
  });
});
