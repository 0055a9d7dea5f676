/**
 * Making the briefing's files. Loaded only when a file is asked for: the Word and PDF libraries
 * are most of the app's code and are not needed to open it.
 */
import { briefingDocument } from '../../../shared/briefing/document';
import type { BriefingBody } from '../../../shared/briefing/file-format';
import { documentDocx, documentPdf, type PrintPdf } from '../../documents/document-files';

export function briefingDocx(body: BriefingBody, marking: string): Promise<Uint8Array> {
  return documentDocx(briefingDocument(body, { marking, createdAt: new Date().toISOString() }));
}

export function briefingPdf(body: BriefingBody, marking: string, print: PrintPdf): Promise<Uint8Array | { failed: string }> {
  return documentPdf(briefingDocument(body, { marking, createdAt: new Date().toISOString() }), print);
}
