/**
 * Making the invitation files. Loaded only when a file is asked for: the Word, PDF and calendar
 * libraries are most of the app's code and are not needed to open it.
 */
import { meetingIcs, type IcsInput } from '../../../shared/calendar/ics';
import { invitationLetter } from '../../../shared/documents/invitation/letter';
import type { InvitationInput } from '../../../shared/documents/invitation/types';
import { postProcessPdf } from '../../../shared/documents/pdf-post';
import { renderDocx } from '../../../shared/documents/render-docx';
import { renderHtml } from '../../../shared/documents/render-html';
import { todayInLondon } from '../../../shared/rules/dates';
import type { PrintPdfRequest, PrintPdfResult } from '../../../shared/contract';

function letter(input: InvitationInput) {
  return invitationLetter(input, { today: todayInLondon(), createdAt: new Date().toISOString() });
}

export function letterDocx(input: InvitationInput): Promise<Uint8Array> {
  return renderDocx(letter(input));
}

export async function letterPdf(input: InvitationInput, print: (request: PrintPdfRequest) => Promise<PrintPdfResult>): Promise<Uint8Array | { failed: string }> {
  const doc = letter(input);
  const printed = await print({ html: renderHtml(doc), title: doc.metadata.title });
  if (printed.status === 'failed') return { failed: printed.message };
  return postProcessPdf(printed.data, { metadata: doc.metadata });
}

export function calendarFile(input: IcsInput): Uint8Array {
  return new TextEncoder().encode(meetingIcs(input));
}
