/**
 * The meeting pack's file. Loaded only when it is asked for: the Word and PDF libraries are most
 * of the app's code and are not needed to open it.
 */
import type { TeamDocument } from '../../../shared/documents/model';
import { WithheldInCopyError } from '../../../shared/minutes/export';
import { meetingPackDocument, type MeetingDocumentInput } from '../../../shared/minutes/meeting-documents';
import { documentDocx, documentPdf, type PrintPdf } from '../../documents/document-files';

export async function meetingPackFile(input: MeetingDocumentInput, format: 'docx' | 'pdf', print: PrintPdf): Promise<{ data: Uint8Array } | { failed: string }> {
  let doc: TeamDocument;
  try {
    doc = meetingPackDocument(input, { createdAt: new Date().toISOString() });
  } catch (error) {
    if (error instanceof WithheldInCopyError) return { failed: error.message };
    throw error;
  }
  const made = format === 'docx' ? await documentDocx(doc) : await documentPdf(doc, print);
  return made instanceof Uint8Array ? { data: made } : made;
}
