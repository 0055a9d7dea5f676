/**
 * Making the briefing's files. Loaded only when a file is asked for: the Word and PDF libraries
 * are most of the app's code and are not needed to open it.
 */
import { briefingDocument } from '../../../shared/briefing/document';
import type { BriefingBody } from '../../../shared/briefing/file-format';
import type { PrintPdfRequest, PrintPdfResult } from '../../../shared/contract';
import { postProcessPdf } from '../../../shared/documents/pdf-post';
import { renderDocx } from '../../../shared/documents/render-docx';
import { renderHtml } from '../../../shared/documents/render-html';

export function briefingDocx(body: BriefingBody, marking: string): Promise<Uint8Array> {
  return renderDocx(briefingDocument(body, { marking, createdAt: new Date().toISOString() }));
}

export async function briefingPdf(body: BriefingBody, marking: string, print: (request: PrintPdfRequest) => Promise<PrintPdfResult>): Promise<Uint8Array | { failed: string }> {
  const doc = briefingDocument(body, { marking, createdAt: new Date().toISOString() });
  const printed = await print({ html: renderHtml(doc), title: doc.metadata.title });
  if (printed.status === 'failed') return { failed: printed.message };
  return postProcessPdf(printed.data, { metadata: doc.metadata });
}
