/**
 * Reading a reply from a review file on the chair's side: the text checked (cut short, changed,
 * not a reply), opened with the key kept for that review file, and matched with the minutes now
 * being checked. Never throws: a reply ready to record, or why not in plain words.
 */
import type { MinutesRow, ReviewFile } from '../../../shared/domain/minutes';
import { readReplyText } from '../../../shared/forms/reply-text';
import { replyMismatch, reviewReplySchema, type ReviewReply } from '../../../shared/forms/review';
import { openReply } from '../../forms/crypto';

export type CheckedReply = { ok: true; reply: ReviewReply; row: MinutesRow; file: ReviewFile } | { ok: false; message: string };

export async function checkReply(text: string, versions: readonly MinutesRow[], at: { familyId: string; meetingId: string }): Promise<CheckedReply> {
  const read = readReplyText(text);
  if (!read.ok) return read;
  const owner = versions.find((row) => row.reviewFiles.some((f) => f.formId === read.sealed.formId));
  const file = owner?.reviewFiles.find((f) => f.formId === read.sealed.formId);
  if (!owner || !file) return { ok: false, message: 'This reply is not from a review file made for these minutes. It may be for another family or another meeting. Nothing was recorded.' };
  const opened = reviewReplySchema.safeParse(await openReply(read.sealed, file.privateKey));
  if (!opened.success) return { ok: false, message: 'This reply has been changed or damaged since it was made, so it cannot be trusted. Ask for it again. Nothing was recorded.' };
  const reply = opened.data;
  const current = versions[versions.length - 1];
  if (!current) return { ok: false, message: 'These minutes could not be found. Nothing was recorded.' };
  const mismatch = replyMismatch(reply, current, file, at);
  if (mismatch) return { ok: false, message: mismatch };
  if (current.responses.some((r) => r.id === reply.replyId)) return { ok: false, message: `This reply from ${reply.personName} is already recorded.` };
  return { ok: true, reply, row: current, file };
}
