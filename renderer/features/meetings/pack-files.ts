/**
 * The meeting pack's file. Loaded only when it is asked for: the Word and PDF libraries are most
 * of the app's code and are not needed to open it.
 */
import type { TeamDocument } from '../../../shared/documents/model';
import { WithheldInCopyError } from '../../../shared/minutes/export';
import { meetingPackDocument, type MeetingDocumentInput } from '../../../shared/minutes/meeting-documents';
import { makeDocumentFile, type DocumentFile, type DocumentFileOptions, type DocumentFormat } from '../../documents/document-files';

export async function meetingPackFile(input: MeetingDocumentInput, format: DocumentFormat, options: DocumentFileOptions): Promise<DocumentFile | { failed: string }> {
  let doc: TeamDocument;
  try {
    doc = meetingPackDocument(input, { createdAt: new Date().toISOString() });
  } catch (error) {
    if (error instanceof WithheldInCopyError) return { failed: error.message };
    throw error;
  }
  return makeDocumentFile(doc, format, options);
}
