/**
 * The sealed reply as text: a small file to send back, or the same text pasted into an email or a
 * message. Between a START and an END line, base64 of a JSON object carrying the encrypted answer
 * and a SHA-256 checksum of it, so a reply that is cut short, damaged or changed is told apart in
 * plain words before anything is decrypted. Line breaks and spaces an email adds are ignored.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { base64ToBytes, bytesToBase64, bytesToHex } from '../bytes';
import { decodeUtf8 } from '../briefing/utf8';
import { formIdSchema } from './envelope';

export const REPLY_START = 'TEAM AROUND REPLY START';
export const REPLY_END = 'TEAM AROUND REPLY END';
export const MAX_REPLY_CHARS = 400_000;

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
export const sealedReplySchema = z.strictObject({
  v: z.literal(1),
  formId: formIdSchema,
  /** The sender's one-time public key (ECDH P-256 coordinates, base64url). */
  epk: z.strictObject({ x: z.string().min(40).max(60), y: z.string().min(40).max(60) }),
  iv: base64,
  ct: base64,
  sum: z.string().regex(/^[0-9a-f]{64}$/),
});
export type SealedReply = z.output<typeof sealedReplySchema>;

export function replyChecksum(r: Omit<SealedReply, 'sum'>): string {
  return bytesToHex(sha256(utf8ToBytes([r.v, r.formId, r.epk.x, r.epk.y, r.iv, r.ct].join('|'))));
}

export function writeReplyText(r: Omit<SealedReply, 'sum'>): string {
  const body = bytesToBase64(utf8ToBytes(JSON.stringify({ ...r, sum: replyChecksum(r) })));
  return [REPLY_START, ...(body.match(/.{1,64}/g) ?? []), REPLY_END, ''].join('\n');
}

export type ReplyRead = { ok: true; sealed: SealedReply } | { ok: false; message: string };

const NOT_A_REPLY = 'This is not a reply from a Team Around review file. Nothing was recorded.';
const CUT_SHORT = 'This reply is cut short: its end is missing. Ask for the whole reply, or copy all of it from START to END. Nothing was recorded.';
const DAMAGED = 'This reply has been changed or damaged since it was made, so it cannot be trusted. Ask for it again. Nothing was recorded.';

/** Never throws: the reply, or what is wrong with it in plain words. */
export function readReplyText(text: string): ReplyRead {
  if (text.length > MAX_REPLY_CHARS) return { ok: false, message: 'This is far larger than a reply can be. Nothing was recorded.' };
  const start = text.indexOf(REPLY_START);
  if (start < 0) return { ok: false, message: text.trim() === '' ? 'Paste the reply, or choose the reply file.' : NOT_A_REPLY };
  const end = text.indexOf(REPLY_END, start);
  if (end < 0) return { ok: false, message: CUT_SHORT };
  // Email programs may wrap lines, quote them with ">" or add spaces.
  const body = text.slice(start + REPLY_START.length, end).replace(/^[ \t]*>+/gm, '').replace(/\s+/g, '');
  let json: unknown;
  try {
    const decoded = decodeUtf8(base64ToBytes(body));
    if (decoded === null) return { ok: false, message: DAMAGED };
    json = JSON.parse(decoded);
  } catch {
    return { ok: false, message: DAMAGED };
  }
  const parsed = sealedReplySchema.safeParse(json);
  if (!parsed.success) return { ok: false, message: DAMAGED };
  const { sum, ...rest } = parsed.data;
  if (replyChecksum(rest) !== sum) return { ok: false, message: DAMAGED };
  return { ok: true, sealed: parsed.data };
}
