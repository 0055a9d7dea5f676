/**
 * Optional quick unlock: the renderer hands over an opaque secret (base64 of wrapped data-key
 * material), which is encrypted by the operating system's key store and kept in one file under
 * userData, written atomically. Refused wherever the key store would fall back to plain text
 * (see key-store.ts). The secret itself is never written, logged or put in a message.
 * Operations run one at a time, so a "forget" can never be undone by a "store" still in flight.
 */
import type fsPromises from 'node:fs/promises';
import path from 'node:path';
import {
  quickUnlockSecretSchema,
  type QuickUnlockForgetResult,
  type QuickUnlockLoadResult,
  type QuickUnlockStatus,
  type QuickUnlockStoreRequest,
  type QuickUnlockStoreResult,
} from '../../shared/contract';
import { type AtomicWriteFs, writeFileAtomically } from '../atomic-write';
import { KEY_STORE_REASONS, type KeyStore, isPlainTextFallbackCiphertext, keyStoreStatus } from './key-store';
import { MAX_QUICK_UNLOCK_FILE_BYTES, QUICK_UNLOCK_FILE_NAME, decodeQuickUnlockFile, encodeQuickUnlockFile, isQuickUnlockTempFile } from './quick-unlock-file';

export type QuickUnlockFs = AtomicWriteFs & Pick<typeof fsPromises, 'readFile' | 'stat' | 'mkdir' | 'readdir'>;

export interface QuickUnlockDeps {
  keyStore: KeyStore;
  fs: QuickUnlockFs;
  userDataDir: string;
  platform: NodeJS.Platform;
}

export const QUICK_UNLOCK_MESSAGES = {
  notEncrypted: "This computer's key store would not keep the key, so quick unlock was not turned on. Unlock with your passphrase; you can try again later.",
  notSaved: 'Quick unlock could not be saved on this computer (the disk may be full or read-only), so it was not turned on.',
  notRead: 'The saved quick-unlock key could not be read. Unlock with your passphrase.',
  damaged: 'The saved quick-unlock key is damaged, so it cannot be used. Unlock with your passphrase, then turn quick unlock on again.',
  notDecrypted:
    "This computer's key store could not open the saved quick-unlock key. This happens after a Windows password is reset by an " +
    'administrator, or when the keyring is locked or replaced. Unlock with your passphrase or recovery key, then turn quick unlock on again.',
  notForgotten: 'The saved quick-unlock key could not be removed. Close Team Around, open it again and turn quick unlock off once more.',
} as const;

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : '';
}

export function createQuickUnlock({ keyStore, fs, userDataDir, platform }: QuickUnlockDeps) {
  const filePath = path.join(userDataDir, QUICK_UNLOCK_FILE_NAME);

  let queue: Promise<unknown> = Promise.resolve();
  function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  }

  async function writeEncrypted(secret: string): Promise<'stored' | 'notEncrypted' | 'plainTextFallback' | 'notSaved'> {
    let ciphertext: Uint8Array;
    try {
      ciphertext = await keyStore.encryptStringAsync(secret);
    } catch {
      return 'notEncrypted';
    }
    if (ciphertext.byteLength === 0) return 'notEncrypted';
    if (isPlainTextFallbackCiphertext(ciphertext, platform)) return 'plainTextFallback';
    try {
      await fs.mkdir(userDataDir, { recursive: true, mode: 0o700 });
      await writeFileAtomically(fs, filePath, encodeQuickUnlockFile(ciphertext));
      return 'stored';
    } catch {
      return 'notSaved';
    }
  }

  function status(): Promise<QuickUnlockStatus> {
    return keyStoreStatus(keyStore, platform);
  }

  function store(request: QuickUnlockStoreRequest): Promise<QuickUnlockStoreResult> {
    return oneAtATime(async () => {
      const availability = await keyStoreStatus(keyStore, platform);
      if (!availability.available) return { status: 'refused', message: availability.reason ?? QUICK_UNLOCK_MESSAGES.notEncrypted };
      const outcome = await writeEncrypted(request.secret);
      if (outcome === 'stored') return { status: 'stored' };
      return { status: 'refused', message: outcome === 'plainTextFallback' ? KEY_STORE_REASONS.basicText : QUICK_UNLOCK_MESSAGES[outcome] };
    });
  }

  async function readCiphertext(): Promise<Buffer | 'none' | 'notRead' | 'damaged'> {
    try {
      // A file far larger than any real one is not ours: refuse it without reading it in.
      if ((await fs.stat(filePath)).size > MAX_QUICK_UNLOCK_FILE_BYTES) return 'damaged';
      return decodeQuickUnlockFile(await fs.readFile(filePath)) ?? 'damaged';
    } catch (error) {
      return errorCode(error) === 'ENOENT' ? 'none' : 'notRead';
    }
  }

  function load(): Promise<QuickUnlockLoadResult> {
    return oneAtATime(async () => {
      const ciphertext = await readCiphertext();
      if (ciphertext === 'none') return { status: 'none' };
      if (typeof ciphertext === 'string') return { status: 'failed', message: QUICK_UNLOCK_MESSAGES[ciphertext] };

      const availability = await keyStoreStatus(keyStore, platform);
      if (!availability.available) return { status: 'failed', message: availability.reason ?? QUICK_UNLOCK_MESSAGES.notDecrypted };

      let decrypted: { result: string; shouldReEncrypt: boolean };
      try {
        decrypted = await keyStore.decryptStringAsync(ciphertext);
      } catch {
        return { status: 'failed', message: QUICK_UNLOCK_MESSAGES.notDecrypted };
      }
      const secret = quickUnlockSecretSchema.safeParse(decrypted.result);
      if (!secret.success) return { status: 'failed', message: QUICK_UNLOCK_MESSAGES.damaged };
      // The key store rotated its key: keep the file current. If that fails, the old file still works.
      if (decrypted.shouldReEncrypt) await writeEncrypted(secret.data);
      return { status: 'loaded', secret: secret.data };
    });
  }

  function forget(): Promise<QuickUnlockForgetResult> {
    return oneAtATime(async () => {
      try {
        await fs.rm(filePath, { force: true });
        // Also any copy an interrupted write left behind.
        const names = await fs.readdir(userDataDir).catch(() => [] as string[]);
        await Promise.all(names.filter(isQuickUnlockTempFile).map((name) => fs.rm(path.join(userDataDir, name), { force: true })));
        return { status: 'forgotten' };
      } catch {
        return { status: 'failed', message: QUICK_UNLOCK_MESSAGES.notForgotten };
      }
    });
  }

  return { status, store, load, forget };
}
