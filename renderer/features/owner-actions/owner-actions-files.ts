/**
 * Making the list's Word and PDF files. Loaded only when a file is asked for: the Word and PDF
 * libraries are most of the app's code and are not needed to open it.
 */
import type { Practitioner } from '../../../shared/domain/directory';
import { ownerActionsDocument, type OwnerActionsDocumentOptions } from '../../../shared/owner-actions/document';
import type { OwnerActions } from '../../../shared/rules/owner-actions';
import { makeDocumentFile, type DocumentFile, type DocumentFileOptions, type DocumentFormat } from '../../documents/document-files';

export function ownerActionsFile(
  owner: Practitioner,
  list: OwnerActions,
  document: OwnerActionsDocumentOptions,
  format: DocumentFormat,
  options: DocumentFileOptions,
): Promise<DocumentFile | { failed: string }> {
  return makeDocumentFile(ownerActionsDocument(owner, list, document), format, options);
}
