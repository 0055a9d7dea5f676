/**
 * Making the briefing's files. Loaded only when a file is asked for: the Word and PDF libraries
 * are most of the app's code and are not needed to open it.
 */
import { briefingDocument } from '../../../shared/briefing/document';
import type { BriefingBody } from '../../../shared/briefing/file-format';
import { makeDocumentFile, type DocumentFile, type DocumentFileOptions, type DocumentFormat } from '../../documents/document-files';

export function briefingFile(body: BriefingBody, marking: string, format: DocumentFormat, options: DocumentFileOptions): Promise<DocumentFile | { failed: string }> {
  return makeDocumentFile(briefingDocument(body, { marking, createdAt: new Date().toISOString() }), format, options);
}
