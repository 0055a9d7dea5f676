/**
 * Whether the operating system's key store (Electron safeStorage, async API) can keep a secret
 * for quick unlock. Refuses wherever safeStorage would quietly fall back to something no better
 * than plain text: on Linux that is the 'basic_text' backend (a fixed key built into Chromium),
 * and 'unknown' (the backend is not decided, so it may be that one). Plain words for each case.
 */
import type { SafeStorage } from 'electron';
import type { QuickUnlockStatus } from '../../shared/contract';

export type KeyStore = Pick<SafeStorage, 'isAsyncEncryptionAvailable' | 'getSelectedStorageBackend' | 'encryptStringAsync' | 'decryptStringAsync'>;

/** Linux backends that keep the key in a real, login-protected keyring. */
export const LINUX_KEYRING_BACKENDS: ReadonlySet<string> = new Set(['gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6']);

/** Keychain on macOS and DPAPI on Windows are always real key stores when available. */
const PLATFORMS_WITH_OS_KEY_STORE: ReadonlySet<NodeJS.Platform> = new Set(['darwin', 'win32']);

export const KEY_STORE_REASONS = {
  unavailable: "This computer's secure key store cannot be reached, so quick unlock cannot be used here. Unlock with your passphrase.",
  basicText:
    'This Linux desktop has no secure keyring (such as GNOME Keyring or KWallet) that Team Around can use. Without one, the key would be ' +
    'kept in a form that anyone with a copy of your files could read, so quick unlock is turned off. Unlock with your passphrase.',
  unknownBackend:
    'Team Around could not tell which keyring this computer uses, so quick unlock is turned off to be safe: it might keep the key ' +
    'in a form that anyone with a copy of your files could read. Unlock with your passphrase.',
} as const;

function selectedBackend(keyStore: KeyStore): string {
  try {
    return keyStore.getSelectedStorageBackend();
  } catch {
    return 'unknown';
  }
}

export async function keyStoreStatus(keyStore: KeyStore, platform: NodeJS.Platform): Promise<QuickUnlockStatus> {
  let available: boolean;
  try {
    // The async encryptor starts lazily here, so the Linux backend is only known after this.
    available = await keyStore.isAsyncEncryptionAvailable();
  } catch {
    available = false;
  }
  if (!available) return { available: false, reason: KEY_STORE_REASONS.unavailable };
  if (PLATFORMS_WITH_OS_KEY_STORE.has(platform)) return { available: true };

  const backend = selectedBackend(keyStore);
  if (backend === 'basic_text') return { available: false, reason: KEY_STORE_REASONS.basicText };
  if (!LINUX_KEYRING_BACKENDS.has(backend)) return { available: false, reason: KEY_STORE_REASONS.unknownBackend };
  return { available: true };
}

/**
 * A second check after encrypting, on Linux and other Unix: Chromium tags ciphertext made with its
 * hard-coded fallback key 'v10' there (a real keyring's is 'v11'). On macOS and Windows 'v10' is
 * the normal, protected format, so this applies only where the Linux backends do.
 */
export function isPlainTextFallbackCiphertext(ciphertext: Uint8Array, platform: NodeJS.Platform): boolean {
  if (PLATFORMS_WITH_OS_KEY_STORE.has(platform)) return false;
  return Buffer.from(ciphertext.subarray(0, 3)).toString('latin1') === 'v10';
}
