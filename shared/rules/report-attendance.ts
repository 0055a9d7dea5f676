/**
 * Authors of briefings and written reports are marked "sent a written report" in attendance,
 * unless the chair has already recorded something else for them (they may have come after all).
 * Someone who sent a report but was not invited is added, marked as having sent one.
 */
import type { Attendee } from '../domain/meeting-record';
import type { ReceivedReport } from '../domain/received-report';

const same = (a: string, b: string) => a.trim().toLocaleLowerCase('en-GB') === b.trim().toLocaleLowerCase('en-GB');

function isAuthor(attendee: Attendee, report: ReceivedReport): boolean {
  if (attendee.kind !== 'practitioner' && attendee.kind !== 'other') return false;
  if (report.author.practitionerId !== null && attendee.id === report.author.practitionerId) return true;
  return same(attendee.name, report.author.name);
}

export function markReportAuthors(attendees: readonly Attendee[], reports: readonly ReceivedReport[]): Attendee[] {
  const out = attendees.map((a) => ({ ...a }));
  for (const report of reports) {
    const found = out.find((a) => isAuthor(a, report));
    if (found) {
      if (found.attendance === null) found.attendance = 'written-report';
      continue;
    }
    out.push({
      id: report.author.practitionerId ?? `report-${report.id}`,
      kind: 'practitioner',
      name: report.author.name,
      role: report.author.role,
      agency: report.author.agency,
      attendance: 'written-report',
      joinedOnTheDay: false,
    });
  }
  return out;
}
