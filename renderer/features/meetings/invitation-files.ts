/**
 * Making the invitation files. Loaded only when a file is asked for: the Word, PDF and calendar
 * libraries are most of the app's code and are not needed to open it.
 */
import { meetingIcs, type IcsInput } from '../../../shared/calendar/ics';
import { invitationLetter } from '../../../shared/documents/invitation/letter';
import type { InvitationInput } from '../../../shared/documents/invitation/types';
import { todayInLondon } from '../../../shared/rules/dates';
import { documentDocx, documentPdf, type PrintPdf } from '../../documents/document-files';

function letter(input: InvitationInput) {
  return invitationLetter(input, { today: todayInLondon(), createdAt: new Date().toISOString() });
}

export function letterDocx(input: InvitationInput): Promise<Uint8Array> {
  return documentDocx(letter(input));
}

export function letterPdf(input: InvitationInput, print: PrintPdf): Promise<Uint8Array | { failed: string }> {
  return documentPdf(letter(input), print);
}

export function calendarFile(input: IcsInput): Uint8Array {
  return new TextEncoder().encode(meetingIcs(input));
}
