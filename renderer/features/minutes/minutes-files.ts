/**
 * Making the minutes' files. Loaded only when a file is asked for: the Word and PDF libraries are
 * most of the app's code and are not needed to open it.
 */
import type { TeamDocument } from '../../../shared/documents/model';
import type { ExportFormat } from '../../../shared/domain/minutes';
import { minutesExport, NotAgreedYetError, WithheldInCopyError, type MinutesExportRequest } from '../../../shared/minutes/export';
import { meetingPackDocument, type MeetingDocumentInput } from '../../../shared/minutes/meeting-documents';
import { makeDocumentFile, type DocumentFile, type DocumentFileOptions } from '../../documents/document-files';

export { runWarmUp, warmUpSteps } from '../../documents/warm-up';

export type CopyDocument = { kind: 'minutes'; request: MinutesExportRequest } | { kind: 'meeting-pack'; input: MeetingDocumentInput };

/**
 * The document for one recipient: redacted for them, marked DRAFT until the minutes count as agreed,
 * and checked for withheld details; when a withheld detail would still show, or a child's letter is
 * asked for before the minutes count as agreed, why it was not made.
 */
export function copyDocument(copy: CopyDocument, createdAt: string): TeamDocument | { failed: string } {
  try {
    if (copy.kind === 'minutes') return minutesExport({ ...copy.request, createdAt });
    return meetingPackDocument(copy.input, { createdAt });
  } catch (error) {
    if (error instanceof WithheldInCopyError || error instanceof NotAgreedYetError) return { failed: error.message };
    throw error;
  }
}

/** The file, or why it could not be made. */
export function copyFile(doc: TeamDocument, format: ExportFormat, options: DocumentFileOptions): Promise<DocumentFile | { failed: string }> {
  return makeDocumentFile(doc, format, options);
}
