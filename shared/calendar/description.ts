/** The plain-text body of a calendar invitation: who is coming, what will happen, how to ask for another time. */
import { MEETING_KIND_LABELS } from '../domain/meeting';
import { orList } from '../words/list';
import { endTimeWords, meetingTimeWords } from '../time/london';
import { lengthWords } from '../documents/invitation/when';
import type { InvitationChair, InvitationInvitee, InvitationMeeting } from '../documents/invitation/types';

const present = (s: string | undefined): s is string => s !== undefined && s.trim() !== '';

function person(i: InvitationInvitee): string {
  return `- ${i.name}: ${[i.role, i.agency].filter(present).join(', ')}`;
}

function contact(chair: InvitationChair): string {
  const ways = [present(chair.phone) ? `ring ${chair.phone}` : '', present(chair.email) ? `email ${chair.email}` : ''].filter(present);
  const who = `${chair.name}${present(chair.role) ? ` (${chair.role})` : ''}`;
  return ways.length > 0 ? `If this time does not suit you, please tell ${who}: ${orList(ways)}.` : `If this time does not suit you, please tell ${who}.`;
}

/**
 * Built only from the meeting as planned and the location line already chosen for this invitee;
 * never from the family record, so no address, phone, school or date of birth can reach it.
 */
export function icsDescription(meeting: InvitationMeeting, location: string, cancelled: boolean): string {
  const coming = meeting.invitees.filter((i) => i.sendsReport !== true);
  const reports = meeting.invitees.filter((i) => i.sendsReport === true);
  const lines = [
    cancelled ? 'This meeting has been cancelled.' : `${MEETING_KIND_LABELS[meeting.kind]}.`,
    `When: ${meetingTimeWords(meeting.startsAt)}, for about ${lengthWords(meeting.lengthMinutes)} (until ${endTimeWords(meeting.startsAt, meeting.lengthMinutes)}).`,
    `Where: ${location}`,
    ...[meeting.privacyNote, meeting.accessNote].filter(present),
    '',
    'Who is coming:',
    ...coming.map(person),
  ];
  if (reports.length > 0) lines.push('', 'Sending a written report instead:', ...reports.map(person));
  if (meeting.agenda.length > 0) {
    lines.push(
      '',
      'What will happen:',
      ...meeting.agenda.flatMap((a, n) => [`${n + 1}. ${a.title}${present(a.description) ? `: ${a.description}` : ''}`, ...(a.actions ?? []).map((action) => `   - ${action}`)]),
    );
  }
  lines.push('', contact(meeting.chair));
  if (present(meeting.anotherTime?.note)) lines.push(meeting.anotherTime.note);
  return lines.join('\n');
}
