import type { ExportFormat, MinutesDocumentKind, MinutesRow, MinutesContent, RecipientRef } from '../../../shared/domain/minutes';
import type { ReceivedReport } from '../../../shared/domain/received-report';
import type { MinutesExportKind } from '../../../shared/minutes/export';
import type { MinutesContext } from './MinutesFrame';
import type { CopyDocument } from './minutes-files';

export type ExportDocument = Exclude<MinutesDocumentKind, 'agenda' | 'review-copy'>;
export const DOCUMENTS: readonly ExportDocument[] = ['minutes', 'family-version', 'child-letter', 'action-plan', 'meeting-pack'];
export const FORMATS: ReadonlyArray<{ value: ExportFormat; label: string }> = [
  { value: 'docx', label: 'Word' },
  { value: 'pdf', label: 'PDF' },
];

export interface CopyInput {
  context: MinutesContext;
  row: MinutesRow;
  live: MinutesContent;
  reports: readonly ReceivedReport[];
  document: ExportDocument;
  childId: string;
  recipient: RecipientRef;
}

/** What one person's copy is made from. */
export function copyFor({ context, row, live, reports, document, childId, recipient }: CopyInput): CopyDocument {
  if (document === 'meeting-pack') {
    return {
      kind: 'meeting-pack',
      input: {
        family: context.family,
        meeting: context.meeting,
        area: context.area,
        chair: { name: context.profile.name, role: context.profile.role },
        reports,
        recipient: { id: recipient.id, name: recipient.name },
      },
    };
  }
  const kind: MinutesExportKind = document;
  return { kind: 'minutes', request: { document: kind, row, live, family: context.family, agreement: { rule: context.area.agreementRule, invitees: context.meeting.invitees }, recipient, ...(document === 'child-letter' ? { childId } : {}) } };
}
