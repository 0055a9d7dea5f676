import { safeStorage } from 'electron';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KEY_STORE_REASONS } from '../../../electron/ipc/key-store';
import { QUICK_UNLOCK_MESSAGES, type QuickUnlockFs, createQuickUnlock } from '../../../electron/ipc/quick-unlock';
import { QUICK_UNLOCK_FILE_NAME } from '../../../electron/ipc/quick-unlock-file';
import { contract } from '../../../shared/contract';
import { resetElectronMock, safeStorage as mockSafeStorage } from '../../mocks/electron';

vi.mock('electron', () => import('../../mocks/electron'));

/** Distinctive, so a search of the files on disk cannot miss it. */
const SECRET = Buffer.from('wrapped-data-key: TEAM-AROUND-CANARY-7f3a9c').toString('base64');

let dir = '';
const file = (): string => path.join(dir, QUICK_UNLOCK_FILE_NAME);

beforeEach(async () => {
  resetElectronMock();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'team-around-quick-unlock-'));
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function quickUnlock(options: { fs?: QuickUnlockFs; platform?: NodeJS.Platform } = {}) {
  return createQuickUnlock({ keyStore: safeStorage, fs: options.fs ?? fs, userDataDir: dir, platform: options.platform ?? 'linux' });
}

async function filesOnDisk(): Promise<string[]> {
  return (await fs.readdir(dir)).sort();
}

describe('quick unlock: store', () => {
  it('keeps only the key store’s ciphertext, in one file in userData, written atomically', async () => {
    await expect(quickUnlock().store({ secret: SECRET })).resolves.toEqual({ status: 'stored' });
    expect(await filesOnDisk()).toEqual([QUICK_UNLOCK_FILE_NAME]);
    expect(mockSafeStorage.encryptStringAsync).toHaveBeenCalledWith(SECRET);
    expect(mockSafeStorage.encryptString).not.toHaveBeenCalled();

    const raw = await fs.readFile(file());
    for (const needle of [SECRET, 'TEAM-AROUND-CANARY', Buffer.from(SECRET).toString('base64')]) {
      expect(raw.includes(Buffer.from(needle, 'utf8'))).toBe(false);
      expect(raw.includes(Buffer.from(needle, 'utf16le'))).toBe(false);
    }
    expect(JSON.parse(raw.toString('utf8'))).toMatchObject({ format: 'team-around-quick-unlock', version: 1 });
  });

  it.skipIf(process.platform === 'win32')('makes the file readable by the user only (skipped on Windows, which has no Unix file modes)', async () => {
    await quickUnlock().store({ secret: SECRET });
    expect((await fs.stat(file())).mode & 0o777).toBe(0o600);
  });

  it('creates userData if it does not exist yet', async () => {
    const nested = path.join(dir, 'not yet created');
    const handlers = createQuickUnlock({ keyStore: safeStorage, fs, userDataDir: nested, platform: 'linux' });
    await expect(handlers.store({ secret: SECRET })).resolves.toEqual({ status: 'stored' });
    expect(await fs.readdir(nested)).toEqual([QUICK_UNLOCK_FILE_NAME]);
  });

  it('refuses on Linux with the basic_text backend, says why, and writes nothing', async () => {
    mockSafeStorage.backend = 'basic_text';
    await expect(quickUnlock().store({ secret: SECRET })).resolves.toEqual({ status: 'refused', message: KEY_STORE_REASONS.basicText });
    expect(mockSafeStorage.encryptStringAsync).not.toHaveBeenCalled();
    expect(await filesOnDisk()).toEqual([]);
  });

  it('refuses when the backend is unknown, or encryption is not available', async () => {
    mockSafeStorage.backend = 'unknown';
    await expect(quickUnlock().store({ secret: SECRET })).resolves.toEqual({ status: 'refused', message: KEY_STORE_REASONS.unknownBackend });
    mockSafeStorage.backend = 'gnome_libsecret';
    mockSafeStorage.asyncAvailable = false;
    await expect(quickUnlock({ platform: 'win32' }).store({ secret: SECRET })).resolves.toEqual({ status: 'refused', message: KEY_STORE_REASONS.unavailable });
    expect(mockSafeStorage.encryptStringAsync).not.toHaveBeenCalled();
    expect(await filesOnDisk()).toEqual([]);
  });

  it("refuses on Linux if the ciphertext carries Chromium's hard-coded-key tag (v10), whatever the backend says", async () => {
    mockSafeStorage.encryptStringAsync.mockResolvedValueOnce(Buffer.from('v10 made with the fixed key'));
    await expect(quickUnlock().store({ secret: SECRET })).resolves.toEqual({ status: 'refused', message: KEY_STORE_REASONS.basicText });
    expect(await filesOnDisk()).toEqual([]);
  });

  it.each(['darwin', 'win32'] as const)('accepts v10 ciphertext on %s, where it is the normal protected format', async (platform) => {
    mockSafeStorage.encryptStringAsync.mockResolvedValueOnce(Buffer.from('v10 Keychain or DPAPI ciphertext'));
    await expect(quickUnlock({ platform }).store({ secret: SECRET })).resolves.toEqual({ status: 'stored' });
  });

  it('refuses, writing nothing, when the key store fails to encrypt or returns nothing', async () => {
    mockSafeStorage.encryptStringAsync.mockRejectedValueOnce(new Error(`Error while encrypting ${SECRET}`));
    await expect(quickUnlock().store({ secret: SECRET })).resolves.toEqual({ status: 'refused', message: QUICK_UNLOCK_MESSAGES.notEncrypted });
    mockSafeStorage.encryptStringAsync.mockResolvedValueOnce(Buffer.alloc(0));
    await expect(quickUnlock().store({ secret: SECRET })).resolves.toEqual({ status: 'refused', message: QUICK_UNLOCK_MESSAGES.notEncrypted });
    expect(await filesOnDisk()).toEqual([]);
  });

  it('on a full disk: refused in plain words, the earlier file intact, no temporary file left', async () => {
    await quickUnlock().store({ secret: SECRET });
    const before = await fs.readFile(file());
    const full: QuickUnlockFs = {
      ...fs,
      writeFile: vi.fn(async () => Promise.reject(Object.assign(new Error(`ENOSPC: '${dir}'`), { code: 'ENOSPC' }))),
    };
    const other = Buffer.from('another key').toString('base64');
    await expect(quickUnlock({ fs: full }).store({ secret: other })).resolves.toEqual({ status: 'refused', message: QUICK_UNLOCK_MESSAGES.notSaved });
    expect(await fs.readFile(file())).toEqual(before);
    expect(await filesOnDisk()).toEqual([QUICK_UNLOCK_FILE_NAME]);
  });
});

describe('quick unlock: load', () => {
  it('says none when nothing is stored', async () => {
    await expect(quickUnlock().load()).resolves.toEqual({ status: 'none' });
  });

  it('gives back exactly the stored secret', async () => {
    await quickUnlock().store({ secret: SECRET });
    await expect(quickUnlock().load()).resolves.toEqual({ status: 'loaded', secret: SECRET });
    expect(mockSafeStorage.decryptString).not.toHaveBeenCalled();
  });

  it('refuses to decrypt once the Linux backend has become basic_text', async () => {
    await quickUnlock().store({ secret: SECRET });
    mockSafeStorage.backend = 'basic_text';
    await expect(quickUnlock().load()).resolves.toEqual({ status: 'failed', message: KEY_STORE_REASONS.basicText });
    expect(mockSafeStorage.decryptStringAsync).not.toHaveBeenCalled();
  });

  it('fails plainly when the key store cannot decrypt (Windows password reset, new keyring)', async () => {
    await quickUnlock().store({ secret: SECRET });
    mockSafeStorage.decryptStringAsync.mockRejectedValueOnce(new Error('Error while decrypting the ciphertext'));
    const result = await quickUnlock().load();
    expect(result).toEqual({ status: 'failed', message: QUICK_UNLOCK_MESSAGES.notDecrypted });
    expect(JSON.stringify(result)).toMatch(/recovery key/);
  });

  it.each<[string, string | Buffer]>([
    ['not JSON', 'not json at all'],
    ['another format', JSON.stringify({ format: 'something-else', version: 1, ciphertext: 'AAAA' })],
    ['a newer version', JSON.stringify({ format: 'team-around-quick-unlock', version: 2, ciphertext: 'AAAA' })],
    ['ciphertext that is not base64', JSON.stringify({ format: 'team-around-quick-unlock', version: 1, ciphertext: 'not base64!' })],
    ['invalid UTF-8', Buffer.from([0xff, 0xfe, 0x7b])],
    ['a huge file', 'x'.repeat(65 * 1024)],
  ])('reports a damaged file (%s) without decrypting it', async (_label, contents) => {
    await fs.writeFile(file(), contents);
    await expect(quickUnlock().load()).resolves.toEqual({ status: 'failed', message: QUICK_UNLOCK_MESSAGES.damaged });
    expect(mockSafeStorage.decryptStringAsync).not.toHaveBeenCalled();
  });

  it('refuses a decrypted value that is not a valid secret', async () => {
    await quickUnlock().store({ secret: SECRET });
    mockSafeStorage.decryptStringAsync.mockResolvedValueOnce({ result: 'not base64 <script>', shouldReEncrypt: false });
    await expect(quickUnlock().load()).resolves.toEqual({ status: 'failed', message: QUICK_UNLOCK_MESSAGES.damaged });
  });

  it('re-encrypts when the key store asks to (its key was rotated), and still loads', async () => {
    await quickUnlock().store({ secret: SECRET });
    mockSafeStorage.encryptStringAsync.mockClear();
    mockSafeStorage.shouldReEncrypt = true;
    await expect(quickUnlock().load()).resolves.toEqual({ status: 'loaded', secret: SECRET });
    expect(mockSafeStorage.encryptStringAsync).toHaveBeenCalledWith(SECRET);
    expect(await filesOnDisk()).toEqual([QUICK_UNLOCK_FILE_NAME]);
  });

  it('fails plainly when the file cannot be read', async () => {
    await fs.mkdir(file());
    await expect(quickUnlock().load()).resolves.toEqual({ status: 'failed', message: QUICK_UNLOCK_MESSAGES.notRead });
  });
});

describe('quick unlock: forget', () => {
  it('removes the file and any leftover temporary copy, and is fine to repeat', async () => {
    const handlers = quickUnlock();
    await handlers.store({ secret: SECRET });
    const leftover = `.${QUICK_UNLOCK_FILE_NAME}.0123456789ab.tmp`;
    await fs.writeFile(path.join(dir, leftover), 'interrupted write');
    await fs.writeFile(path.join(dir, 'Preferences'), '{}');

    await expect(handlers.forget()).resolves.toEqual({ status: 'forgotten' });
    expect(await filesOnDisk()).toEqual(['Preferences']);
    await expect(handlers.forget()).resolves.toEqual({ status: 'forgotten' });
    await expect(handlers.load()).resolves.toEqual({ status: 'none' });
  });

  it('reports a failure to remove in plain words', async () => {
    const stuck: QuickUnlockFs = { ...fs, rm: vi.fn(async () => Promise.reject(Object.assign(new Error('EBUSY'), { code: 'EBUSY' }))) };
    await expect(quickUnlock({ fs: stuck }).forget()).resolves.toEqual({ status: 'failed', message: QUICK_UNLOCK_MESSAGES.notForgotten });
  });

  it('is never undone by a store that was still in flight', async () => {
    const handlers = quickUnlock();
    let release: () => void = () => undefined;
    mockSafeStorage.encryptStringAsync.mockImplementationOnce(async (plainText: string) => {
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      return Buffer.concat([Buffer.from('v11'), Buffer.from(plainText)]);
    });
    const storing = handlers.store({ secret: SECRET });
    const forgetting = handlers.forget();
    await vi.waitFor(() => expect(mockSafeStorage.encryptStringAsync).toHaveBeenCalled());
    release();
    await expect(storing).resolves.toEqual({ status: 'stored' });
    await expect(forgetting).resolves.toEqual({ status: 'forgotten' });
    expect(await filesOnDisk()).toEqual([]);
  });
});

describe('quick unlock: messages', () => {
  it('every message it can give fits the contract, and names no file or path', () => {
    for (const message of [...Object.values(QUICK_UNLOCK_MESSAGES), ...Object.values(KEY_STORE_REASONS)]) {
      expect(contract.quickUnlockLoad.response.safeParse({ status: 'failed', message }).success, message).toBe(true);
      expect(contract.quickUnlockStore.response.safeParse({ status: 'refused', message }).success, message).toBe(true);
      expect(contract.quickUnlockStatus.response.safeParse({ available: false, reason: message }).success, message).toBe(true);
      expect(message, message).not.toMatch(/[\\/]|\.json|userData/);
    }
  });
});
