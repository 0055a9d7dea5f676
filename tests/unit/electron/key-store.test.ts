import { safeStorage } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { KEY_STORE_REASONS, keyStoreStatus } from '../../../electron/ipc/key-store';
import { resetElectronMock, safeStorage as mockSafeStorage } from '../../mocks/electron';

vi.mock('electron', () => import('../../mocks/electron'));

beforeEach(() => resetElectronMock());

describe('keyStoreStatus', () => {
  it.each(['gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6'] as const)('allows the Linux keyring backend %s', async (backend) => {
    mockSafeStorage.backend = backend;
    await expect(keyStoreStatus(safeStorage, 'linux')).resolves.toEqual({ available: true });
  });

  it('refuses the Linux basic_text backend (a fixed key, as good as plain text), and says why', async () => {
    mockSafeStorage.backend = 'basic_text';
    const status = await keyStoreStatus(safeStorage, 'linux');
    expect(status).toEqual({ available: false, reason: KEY_STORE_REASONS.basicText });
    expect(status.reason).toMatch(/no secure keyring/);
    expect(status.reason).toMatch(/anyone with a copy of your files could read/);
  });

  it('refuses an unknown Linux backend, and one that cannot be asked', async () => {
    mockSafeStorage.backend = 'unknown';
    await expect(keyStoreStatus(safeStorage, 'linux')).resolves.toEqual({ available: false, reason: KEY_STORE_REASONS.unknownBackend });
    mockSafeStorage.backend = 'gnome_libsecret';
    mockSafeStorage.getSelectedStorageBackend.mockImplementationOnce(() => {
      throw new Error('not supported');
    });
    await expect(keyStoreStatus(safeStorage, 'linux')).resolves.toEqual({ available: false, reason: KEY_STORE_REASONS.unknownBackend });
  });

  it('treats other Unix platforms like Linux: basic_text is refused there too', async () => {
    mockSafeStorage.backend = 'basic_text';
    await expect(keyStoreStatus(safeStorage, 'freebsd')).resolves.toMatchObject({ available: false });
  });

  it.each(['darwin', 'win32'] as const)('allows %s (Keychain, DPAPI) without asking for a Linux backend', async (platform) => {
    mockSafeStorage.backend = 'basic_text';
    await expect(keyStoreStatus(safeStorage, platform)).resolves.toEqual({ available: true });
    expect(mockSafeStorage.getSelectedStorageBackend).not.toHaveBeenCalled();
  });

  it.each(['linux', 'darwin', 'win32'] as const)('refuses on %s when async encryption is not available, or the check fails', async (platform) => {
    mockSafeStorage.asyncAvailable = false;
    await expect(keyStoreStatus(safeStorage, platform)).resolves.toEqual({ available: false, reason: KEY_STORE_REASONS.unavailable });
    mockSafeStorage.asyncAvailable = true;
    mockSafeStorage.isAsyncEncryptionAvailable.mockRejectedValueOnce(new Error('keyring daemon crashed'));
    await expect(keyStoreStatus(safeStorage, platform)).resolves.toEqual({ available: false, reason: KEY_STORE_REASONS.unavailable });
  });

  it('asks the async API only (the synchronous one is deprecated in Electron 45)', async () => {
    await keyStoreStatus(safeStorage, 'linux');
    expect(mockSafeStorage.isAsyncEncryptionAvailable).toHaveBeenCalled();
    expect(mockSafeStorage.isEncryptionAvailable).not.toHaveBeenCalled();
  });
});
