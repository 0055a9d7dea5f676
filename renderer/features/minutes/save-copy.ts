/**
 * One copy for one person: made for them (lazily, see minutes-files.ts), saved through the
 * operating system's save dialog (a download in the browser), then put on the distribution list
 * and in the audit trail. Every failure comes back in words; nothing is swallowed.
 */
import type { DistributionBasis, ExportFormat, MinutesDocumentKind, MinutesRow, RecipientRef } from '../../../shared/domain/minutes';
import { MINUTES_DOCUMENT_KIND_LABELS } from '../../../shared/domain/minutes';
import { recordCopy } from '../../../shared/minutes/workflow';
import { getBridge } from '../../bridge';
import { toStorageError } from '../../data/errors';
import type { MinutesRepository } from '../../data/repositories/minutes';
import type { DocumentFile } from '../../documents/document-files';
import type { CopyDocument } from './minutes-files';

export interface CopyJob {
  row: MinutesRow;
  document: MinutesDocumentKind;
  format: ExportFormat;
  recipient: RecipientRef;
  basis: DistributionBasis;
  /** The file name without its extension. */
  fileStem: string;
  copy: CopyDocument;
}

export type CopyOutcome = { status: 'saved' | 'cancelled' | 'failed'; message: string };

const FORMAT_WORDS: Record<ExportFormat, string> = { docx: 'Word', pdf: 'PDF' };

export async function saveCopy(job: CopyJob, minutes: MinutesRepository, by: string): Promise<CopyOutcome> {
  const what = `${MINUTES_DOCUMENT_KIND_LABELS[job.document]} (${FORMAT_WORDS[job.format]}) for ${job.recipient.name}`;
  const at = new Date().toISOString();
  const entry = { recipient: job.recipient, basis: job.basis, document: job.document, format: job.format, version: job.row.version, at, by };
  // Asked before the file is made, so a copy that may not go is never saved at all.
  let allowed: ReturnType<typeof recordCopy>;
  try {
    allowed = recordCopy(job.row, { ...entry, id: 'check-only-00' });
  } catch {
    allowed = { ok: false, message: 'Some details of this copy are missing or not valid.' };
  }
  if (!allowed.ok) return { status: 'failed', message: `${what}: not made. ${allowed.message}` };
  let file: DocumentFile;
  try {
    const files = await import('./minutes-files');
    const doc = files.copyDocument(job.copy, at);
    if ('failed' in doc) return { status: 'failed', message: `${what}: not made. ${doc.failed}` };
    const made = await files.copyFile(doc, job.format, { name: (extension) => `${job.fileStem}.${extension}`, print: (request) => getBridge().printPdf(request) });
    if ('failed' in made) return { status: 'failed', message: `${what}: not made. ${made.failed}` };
    file = made;
  } catch {
    return { status: 'failed', message: `${what}: the file could not be made. Try again, or try the other format.` };
  }
  const saved = await getBridge().saveFile({ suggestedName: file.name, kind: file.kind, data: file.data });
  if (saved.status === 'cancelled') return { status: 'cancelled', message: `${what}: not saved, because you cancelled.` };
  if (saved.status === 'failed') return { status: 'failed', message: `${what}: not saved. ${saved.message}` };
  try {
    const recorded = await minutes.recordCopy(job.row.id, entry);
    if (!recorded.ok) return { status: 'failed', message: `${what}: saved as ${saved.fileName}, but it could not be added to the distribution list. ${recorded.message}` };
  } catch (error) {
    return { status: 'failed', message: `${what}: saved as ${saved.fileName}, but it could not be added to the distribution list. ${toStorageError(error).message}` };
  }
  return { status: 'saved', message: `${what}: saved as ${saved.fileName}.` };
}
