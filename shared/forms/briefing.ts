/**
 * The school's (or any agency's) briefing form file: it carries the chair's request (the same
 * request the app's reference carries) and the id the briefing will have, and it makes exactly
 * today's briefing file (.tabriefing, shared/briefing/file-format.ts), which the chair imports as
 * any other. Pasted attendance may be comma- or tab-separated (copied from a spreadsheet).
 */
import { z } from 'zod';
import { briefingRequestSchema, type BriefingRequest } from '../briefing/request';
import { idSchema } from '../domain/family';
import { formIdSchema } from './envelope';

export const briefingFormPayloadSchema = z.strictObject({
  kind: z.literal('school-briefing'),
  formId: formIdSchema,
  briefingId: idSchema,
  request: briefingRequestSchema,
});
export type BriefingFormPayload = z.output<typeof briefingFormPayloadSchema>;

export function briefingFormPayload(formId: string, briefingId: string, request: BriefingRequest): BriefingFormPayload {
  return briefingFormPayloadSchema.parse({ kind: 'school-briefing', formId, briefingId, request });
}

/** "Briefing for a Team Around meeting", or a written report: what the file says before the code. */
export function briefingFormTitle(request: Pick<BriefingRequest, 'kind'>): string {
  return request.kind === 'school-briefing' ? 'A school briefing for a Team Around meeting' : 'A written report for a Team Around meeting';
}

/**
 * A spreadsheet's copied cells (tab-separated) as CSV, so one reader takes both. Text already in
 * CSV is left as it is. A cell with a comma or a quote is quoted.
 */
export function tabsToCsv(text: string): string {
  if (!text.includes('\t')) return text;
  const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return text
    .split(/\r?\n/)
    .map((line) => line.split('\t').map(quote).join(','))
    .join('\n');
}
