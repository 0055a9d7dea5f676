/**
 * The Europe/London VTIMEZONE, exactly as @touch4it/ical-timezones ships it
 * (zones/Europe/London.ics, tzurl.org Olson 2018g; ISC licence). That package reads its files
 * with node:fs, which shared/ (also run in the renderer) may not use, so the block is kept here
 * and tests/unit/invitations/ics.test.ts checks it still matches `getVtimezoneComponent`.
 * Callers in Node may pass `getVtimezoneComponent` itself as `meetingIcs`'s `vtimezone`.
 */
export const LONDON_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'TZURL:http://tzurl.org/zoneinfo-outlook/Europe/London',
  'X-LIC-LOCATION:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19700329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19701025T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/** A VTIMEZONE generator for ical-generator: London only; other zones are not used by the app. */
export function londonVtimezone(tzid: string): string | null {
  return tzid === 'Europe/London' ? LONDON_VTIMEZONE : null;
}
