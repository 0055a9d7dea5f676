/** Quick unlock through the real IPC wiring: the sender and schema checks apply to every call. */
import { BrowserWindow, app, dialog, ipcMain, safeStorage } from 'electron';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type MockInstance, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerIpc } from '../../../electron/ipc/index';
import { REFUSED_MESSAGE } from '../../../electron/ipc/register';
import { MAX_QUICK_UNLOCK_SECRET_CHARS, contract } from '../../../shared/contract';
import { type MockInvokeEvent, app as mockApp, ipcMain as mockIpcMain, resetElectronMock, safeStorage as mockSafeStorage } from '../../mocks/electron';

vi.mock('electron', () => import('../../mocks/electron'));

const APP_TOP_FRAME: MockInvokeEvent = { senderFrame: { url: 'app://team-around/index.html', parent: null } };
const SECRET = Buffer.from('wrapped-data-key: TEAM-AROUND-CANARY-51d0').toString('base64');

let dir = '';
let warn: MockInstance<typeof console.warn>;

beforeEach(async () => {
  resetElectronMock();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'team-around-quick-unlock-ipc-'));
  mockApp.setPath('userData', dir);
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const printPdf = vi.fn(async () => ({ status: 'failed' as const, message: 'x' }));
  registerIpc(ipcMain, { app, dialog, getMainWindow: () => new BrowserWindow(), printPdf, keyStore: safeStorage, platform: 'linux' });
});

afterEach(async () => {
  warn.mockRestore();
  await fs.rm(dir, { recursive: true, force: true });
});

const invoke = (capability: keyof typeof contract, event: MockInvokeEvent, ...args: unknown[]) => mockIpcMain.invoke(contract[capability].channel, event, ...args);

describe('quick unlock over IPC', () => {
  it('stores, loads and forgets for the app page, in userData', async () => {
    await expect(invoke('quickUnlockStatus', APP_TOP_FRAME)).resolves.toEqual({ available: true });
    await expect(invoke('quickUnlockStore', APP_TOP_FRAME, { secret: SECRET })).resolves.toEqual({ status: 'stored' });
    expect(await fs.readdir(dir)).toEqual(['quick-unlock.json']);
    await expect(invoke('quickUnlockLoad', APP_TOP_FRAME)).resolves.toEqual({ status: 'loaded', secret: SECRET });
    await expect(invoke('quickUnlockForget', APP_TOP_FRAME)).resolves.toEqual({ status: 'forgotten' });
    await expect(invoke('quickUnlockLoad', APP_TOP_FRAME)).resolves.toEqual({ status: 'none' });
  });

  it('answers status with the plain reason on a basic_text Linux desktop, and refuses to store', async () => {
    mockSafeStorage.backend = 'basic_text';
    await expect(invoke('quickUnlockStatus', APP_TOP_FRAME)).resolves.toEqual({ available: false, reason: expect.stringMatching(/no secure keyring/) });
    await expect(invoke('quickUnlockStore', APP_TOP_FRAME, { secret: SECRET })).resolves.toEqual({ status: 'refused', message: expect.stringMatching(/no secure keyring/) });
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it.each<[string, MockInvokeEvent]>([
    ['another origin', { senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['a subframe of the app page', { senderFrame: { url: 'app://team-around/index.html', parent: {} } }],
    ['a destroyed frame', { senderFrame: null }],
  ])('refuses a forged sender (%s) for every quick-unlock call, touching nothing', async (_label, forged) => {
    await invoke('quickUnlockStore', APP_TOP_FRAME, { secret: SECRET });
    mockSafeStorage.encryptStringAsync.mockClear();

    await expect(invoke('quickUnlockStatus', forged)).rejects.toThrow(REFUSED_MESSAGE);
    await expect(invoke('quickUnlockStore', forged, { secret: SECRET })).rejects.toThrow(REFUSED_MESSAGE);
    await expect(invoke('quickUnlockLoad', forged)).rejects.toThrow(REFUSED_MESSAGE);
    await expect(invoke('quickUnlockForget', forged)).rejects.toThrow(REFUSED_MESSAGE);

    expect(mockSafeStorage.isAsyncEncryptionAvailable).toHaveBeenCalledTimes(1);
    expect(mockSafeStorage.encryptStringAsync).not.toHaveBeenCalled();
    expect(mockSafeStorage.decryptStringAsync).not.toHaveBeenCalled();
    // Still there: a forged forget removes nothing.
    expect(await fs.readdir(dir)).toEqual(['quick-unlock.json']);
    expect(warn.mock.calls.map((call) => String(call[0]))).toEqual([
      'IPC quickUnlockStatus refused (sender)',
      'IPC quickUnlockStore refused (sender)',
      'IPC quickUnlockLoad refused (sender)',
      'IPC quickUnlockForget refused (sender)',
    ]);
  });

  it.each<[string, unknown[]]>([
    ['a secret over 4 KB', [{ secret: 'A'.repeat(MAX_QUICK_UNLOCK_SECRET_CHARS + 4) }]],
    ['a secret that is not base64', [{ secret: 'not base64 at all!' }]],
    ['a secret with bad padding', [{ secret: 'QUJD=' }]],
    ['an empty secret', [{ secret: '' }]],
    ['bytes instead of text', [{ secret: new Uint8Array([1, 2, 3]) }]],
    ['no secret', [{}]],
    ['an extra argument', [{ secret: SECRET }, 'extra']],
  ])('refuses to store %s, before the key store is touched', async (_label, args) => {
    await expect(invoke('quickUnlockStore', APP_TOP_FRAME, ...args)).rejects.toThrow(REFUSED_MESSAGE);
    expect(mockSafeStorage.encryptStringAsync).not.toHaveBeenCalled();
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('accepts a secret of exactly 4 KB', async () => {
    const secret = 'A'.repeat(MAX_QUICK_UNLOCK_SECRET_CHARS);
    await expect(invoke('quickUnlockStore', APP_TOP_FRAME, { secret })).resolves.toEqual({ status: 'stored' });
    await expect(invoke('quickUnlockLoad', APP_TOP_FRAME)).resolves.toEqual({ status: 'loaded', secret });
  });

  it.each(['quickUnlockStatus', 'quickUnlockLoad', 'quickUnlockForget'] as const)('%s takes no payload', async (capability) => {
    await expect(invoke(capability, APP_TOP_FRAME, { secret: SECRET })).rejects.toThrow(REFUSED_MESSAGE);
  });

  it('never puts the secret in a log or an error', async () => {
    const error: unknown = await invoke('quickUnlockStore', APP_TOP_FRAME, { secret: `${SECRET}!` }).catch((e: unknown) => e);
    mockSafeStorage.encryptStringAsync.mockRejectedValueOnce(new Error(`cannot encrypt ${SECRET}`));
    const result = await invoke('quickUnlockStore', APP_TOP_FRAME, { secret: SECRET });
    const seen = JSON.stringify([warn.mock.calls, String(error), result]);
    expect(seen).not.toContain(SECRET);
    expect(seen).not.toContain('CANARY');
  });
});
