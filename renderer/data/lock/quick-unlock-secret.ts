import { base64ToBytes, bytesToBase64 } from '../../../shared/bytes';
import { DATA_KEY_BYTES, isKeyId, type DataKey } from '../crypto/data-key';

/**
 * The data key as the text handed to the operating system's key store for quick unlock. The main
 * process encrypts it with safeStorage before it touches the disk, and refuses where that would
 * fall back to plain text.
 */
export function encodeQuickUnlockSecret(key: DataKey): string {
  // base64 of "<key id>:<base64 of the key>", all ASCII: the format quick unlock has always stored.
  return bytesToBase64(new TextEncoder().encode(`${key.id}:${bytesToBase64(key.bytes)}`));
}

export function decodeQuickUnlockSecret(secret: string): DataKey | null {
  try {
    const [id = '', keyText = ''] = new TextDecoder().decode(base64ToBytes(secret)).split(':');
    const bytes = base64ToBytes(keyText);
    return isKeyId(id) && bytes.length === DATA_KEY_BYTES ? { id, bytes } : null;
  } catch {
    return null;
  }
}
