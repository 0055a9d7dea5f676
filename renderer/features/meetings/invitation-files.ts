/**
 * Making the invitation files. Loaded only when a file is asked for: the Word, PDF and calendar
 * libraries are most of the app's code and are not needed to open it.
 */
import { meetingIcs, type IcsInput } from '../../../shared/calendar/ics';
import { invitationLetter } from '../../../shared/documents/invitation/letter';
import type { InvitationInput } from '../../../shared/documents/invitation/types';
import { practitionerLetter, type PractitionerLetterInput } from '../../../shared/documents/invitation/practitioner-letter';
import { todayInLondon } from '../../../shared/rules/dates';
import { makeDocumentFile, type DocumentFile, type DocumentFileOptions, type DocumentFormat } from '../../documents/document-files';

function letter(input: InvitationInput) {
  return invitationLetter(input, { today: todayInLondon(), createdAt: new Date().toISOString() });
}

export function letterFile(input: InvitationInput, format: DocumentFormat, options: DocumentFileOptions): Promise<DocumentFile | { failed: string }> {
  return makeDocumentFile(letter(input), format, options);
}

/** The short letter with the agenda that a practitioner gets as well as the calendar file. */
export function practitionerLetterFile(input: PractitionerLetterInput, format: DocumentFormat, options: DocumentFileOptions): Promise<DocumentFile | { failed: string }> {
  return makeDocumentFile(practitionerLetter(input, { today: todayInLondon(), createdAt: new Date().toISOString() }), format, options);
}

export function calendarFile(input: IcsInput): Uint8Array {
  return new TextEncoder().encode(meetingIcs(input));
}
