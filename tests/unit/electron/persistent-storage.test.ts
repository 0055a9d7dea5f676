/**
 * Persistent storage (docs/decisions/0018): navigator.storage.persist() reaches Electron's
 * permission handlers as 'persistent-storage'. It is the one permission allowed, and only for the
 * app's own pages; every other permission, and this one for any other origin, is still refused.
 */
import { app, session } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { installSecurityPolicy, isAllowedPermission } from '../../../electron/security';
import { resetElectronMock, session as mockSession } from '../../mocks/electron';

vi.mock('electron', () => import('../../mocks/electron'));

beforeEach(() => resetElectronMock());

function install() {
  installSecurityPolicy(app, session.defaultSession);
  return mockSession.defaultSession;
}

function requestGranted(permission: string, requestingUrl: string | undefined): boolean | undefined {
  const callback = vi.fn();
  install().permissionRequestHandler?.({}, permission, callback, requestingUrl === undefined ? {} : { requestingUrl, isMainFrame: true });
  expect(callback).toHaveBeenCalledTimes(1);
  return callback.mock.calls[0]?.[0] as boolean | undefined;
}

describe('persistent storage for the app', () => {
  it('is granted when the app’s own page asks', () => {
    expect(requestGranted('persistent-storage', 'app://team-around/index.html')).toBe(true);
    expect(install().permissionCheckHandler?.({}, 'persistent-storage', 'app://team-around', {})).toBe(true);
  });

  it.each([
    ['another scheme', 'https://team-around/index.html'],
    ['another host', 'app://evil/index.html'],
    ['a look-alike host', 'app://team-around.evil.example/'],
    ['a file', 'file:///C:/Users/Public/index.html'],
    ['no URL at all', undefined],
  ])('is refused for %s', (_label, url) => {
    expect(requestGranted('persistent-storage', url)).toBe(false);
    expect(install().permissionCheckHandler?.({}, 'persistent-storage', url ?? '', {})).toBe(false);
  });

  it.each(['notifications', 'media', 'geolocation', 'storage-access', 'fileSystem', 'clipboard-read'])('does not open the door to %s, even for the app', (permission) => {
    expect(requestGranted(permission, 'app://team-around/index.html')).toBe(false);
    expect(install().permissionCheckHandler?.({}, permission, 'app://team-around', {})).toBe(false);
  });

  it('is a pure rule that can be checked on its own', () => {
    expect(isAllowedPermission('persistent-storage', 'app://team-around/')).toBe(true);
    expect(isAllowedPermission('persistent-storage', 'APP://team-around/')).toBe(true);
    expect(isAllowedPermission('persistent-storage', 'app://team-around:8080/')).toBe(false);
    expect(isAllowedPermission('persistent-storage', 42)).toBe(false);
  });
});
