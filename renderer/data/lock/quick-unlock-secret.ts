import { DATA_KEY_BYTES, isKeyId, type DataKey } from '../crypto/data-key';

/**
 * The data key as the text handed to the operating system's key store for quick unlock. The main
 * process encrypts it with safeStorage before it touches the disk, and refuses where that would
 * fall back to plain text.
 */
export function encodeQuickUnlockSecret(key: DataKey): string {
  let binary = '';
  for (const byte of key.bytes) binary += String.fromCharCode(byte);
  return btoa(`${key.id}:${btoa(binary)}`);
}

export function decodeQuickUnlockSecret(secret: string): DataKey | null {
  try {
    const [id = '', keyText = ''] = atob(secret).split(':');
    const bytes = Uint8Array.from(atob(keyText), (c) => c.charCodeAt(0));
    return isKeyId(id) && bytes.length === DATA_KEY_BYTES ? { id, bytes } : null;
  } catch {
    return null;
  }
}
