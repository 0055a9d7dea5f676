/**
 * The quick-unlock file in userData: only the OS key store's ciphertext, never the secret, in a
 * small versioned JSON wrapper so a damaged or foreign file is recognised rather than guessed at.
 */
import { z } from 'zod';
import { base64ToBytesOrNull, bytesToBase64 } from '../../shared/bytes';

export const QUICK_UNLOCK_FILE_NAME = 'quick-unlock.json';
const FORMAT = 'team-around-quick-unlock';
/** A 4 KB secret encrypted by any OS key store, in base64 and JSON, stays far below this. */
export const MAX_QUICK_UNLOCK_FILE_BYTES = 64 * 1024;

const fileSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(1),
  ciphertext: z
    .string()
    .min(4)
    .regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/),
});

/** Leftovers of an interrupted atomic write of the file (see ../atomic-write.ts). */
export function isQuickUnlockTempFile(name: string): boolean {
  return /^\.quick-unlock\.json\.[0-9a-f]{12}\.tmp$/.test(name);
}

export function encodeQuickUnlockFile(ciphertext: Uint8Array): Uint8Array {
  const body = { format: FORMAT, version: 1, ciphertext: bytesToBase64(ciphertext) };
  return new TextEncoder().encode(JSON.stringify(body));
}

/** The ciphertext, or null when the file is not one of ours or is damaged. */
export function decodeQuickUnlockFile(raw: Uint8Array): Buffer | null {
  if (raw.byteLength > MAX_QUICK_UNLOCK_FILE_BYTES) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
  } catch {
    return null;
  }
  const result = fileSchema.safeParse(parsed);
  const bytes = result.success ? base64ToBytesOrNull(result.data.ciphertext) : null;
  return bytes ? Buffer.from(bytes) : null;
}
