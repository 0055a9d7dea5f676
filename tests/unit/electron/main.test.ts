import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security';
import { contract, events } from '../../../shared/contract';
import { BrowserWindow, Menu, app, ipcMain, powerMonitor, protocol, resetElectronMock, session } from '../../mocks/electron';

vi.mock('electron', () => import('../../mocks/electron'));

const ORIGINAL_PLATFORM = process.platform;
const ORIGINAL_NODE_ENV = process.env.NODE_ENV;

beforeEach(() => {
  resetElectronMock();
  vi.resetModules();
  Object.defineProperty(process, 'platform', { value: ORIGINAL_PLATFORM });
  process.env.NODE_ENV = ORIGINAL_NODE_ENV;
  return () => {
    Object.defineProperty(process, 'platform', { value: ORIGINAL_PLATFORM });
    process.env.NODE_ENV = ORIGINAL_NODE_ENV;
  };
});

async function startMain(): Promise<void> {
  await import('../../../electron/main');
}

async function startAndBecomeReady(): Promise<BrowserWindow> {
  await startMain();
  await app.becomeReady();
  const window = BrowserWindow.created[0];
  if (!window) throw new Error('no window was created');
  return window;
}

type MenuItem = { role?: string; submenu?: MenuItem[] };
function menuRoles(): string[] {
  const template = Menu.buildFromTemplate.mock.calls[0]?.[0] as MenuItem[] | undefined;
  const walk = (items: MenuItem[]): string[] => items.flatMap((item) => [item.role ?? '', ...walk(item.submenu ?? [])]);
  return walk(template ?? []).filter(Boolean);
}

describe('main process start-up', () => {
  it('before ready: registers app:// as a privileged scheme, forces the sandbox, fixes userData, takes the lock', async () => {
    await startMain();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(app.setPath).toHaveBeenCalledWith('userData', expect.stringMatching(/Team Around/));
    expect(app.requestSingleInstanceLock).toHaveBeenCalled();
    // Nothing else happens until Electron is ready.
    expect(BrowserWindow.created).toHaveLength(0);
    expect(protocol.handle).not.toHaveBeenCalled();
  });

  it('on ready: policy first, then protocol, IPC and exactly one window', async () => {
    const window = await startAndBecomeReady();
    expect(BrowserWindow.created).toHaveLength(1);
    expect(window.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, preload: expect.stringMatching(/dist[\\/]electron[\\/]preload\.cjs$/) });
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(app.listenerCount('web-contents-created')).toBe(1);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect([...ipcMain.handlers.keys()].sort()).toEqual(Object.values(contract).map((c) => c.channel).sort());
    expect(vi.mocked(window.loadURL).mock.calls).toEqual([['app://team-around/index.html']]);
  });

  it('serves the renderer from dist/renderer with the CSP', async () => {
    await startAndBecomeReady();
    const handler = protocol.handlers.get('app');
    const response = await handler?.(new Request('app://team-around/%2e%2e/package.json'));
    expect(response?.status).toBe(404);
    expect(response?.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('gives the print window its own locked-down in-memory session', async () => {
    await startAndBecomeReady();
    const [printSession] = [...session.partitions.values()];
    expect(printSession?.partition).toBe('team-around-print');
    expect(printSession?.setPermissionRequestHandler).toHaveBeenCalled();
    expect(printSession?.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('a second instance quits at once and opens nothing', async () => {
    app.hasLock = false;
    await startMain();
    expect(app.quit).toHaveBeenCalled();
    expect(app.listenerCount('second-instance')).toBe(0);
    expect(app.whenReady).not.toHaveBeenCalled();
  });

  it('when a second instance starts, the first window is restored and focused', async () => {
    const window = await startAndBecomeReady();
    window.minimized = true;
    app.emit('second-instance', {}, ['team-around'], '/');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(BrowserWindow.created).toHaveLength(1);
  });

  it('quits when all windows close, except on macOS', async () => {
    Object.defineProperty(process, 'platform', { value: 'linux' });
    await startAndBecomeReady();
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalledTimes(1);

    Object.defineProperty(process, 'platform', { value: 'darwin' });
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalledTimes(1);
  });

  it('closing the main window also closes the hidden print window, so the app can quit', async () => {
    const window = await startAndBecomeReady();
    const printPdf = ipcMain.invoke(contract.printPdf.channel, { senderFrame: { url: 'app://team-around/index.html', parent: null } }, { html: '<p>x</p>', title: 'x' });
    await expect(printPdf).resolves.toMatchObject({ status: 'printed' });
    const printWindow = BrowserWindow.created[1];
    expect(printWindow?.options.webPreferences).toMatchObject({ javascript: false });
    window.emit('closed');
    expect(printWindow?.destroyed).toBe(true);
  });

  it('on sleep or screen lock, tells the app window (only) to lock', async () => {
    const window = await startAndBecomeReady();
    // Make the hidden print window exist, so the test can show it is left out.
    await ipcMain.invoke(contract.printPdf.channel, { senderFrame: { url: 'app://team-around/index.html', parent: null } }, { html: '<p>x</p>', title: 'x' });
    const printWindow = BrowserWindow.created[1];
    powerMonitor.emit('suspend');
    powerMonitor.emit('lock-screen');
    expect(window.webContents.send.mock.calls).toEqual([
      [events.onLockRequested.channel, 'suspend'],
      [events.onLockRequested.channel, 'lock-screen'],
    ]);
    expect(printWindow?.webContents.send).not.toHaveBeenCalled();
  });

  it('registers the power listeners once, after ready', async () => {
    await startMain();
    expect(powerMonitor.listenerCount('suspend')).toBe(0);
    await app.becomeReady();
    expect(powerMonitor.listenerCount('suspend')).toBe(1);
    expect(powerMonitor.listenerCount('lock-screen')).toBe(1);
  });

  it('in production: DevTools off and no developer menu items', async () => {
    app.isPackaged = true;
    const window = await startAndBecomeReady();
    expect(window.options.webPreferences).toMatchObject({ devTools: false });
    expect(menuRoles()).not.toContain('toggleDevTools');
    expect(menuRoles()).not.toContain('reload');
    expect(menuRoles()).toEqual(expect.arrayContaining(['editMenu', 'zoomIn', 'resetZoom']));
  });

  it('NODE_ENV=production also counts as production', async () => {
    process.env.NODE_ENV = 'production';
    const window = await startAndBecomeReady();
    expect(window.options.webPreferences).toMatchObject({ devTools: false });
    expect(menuRoles()).not.toContain('toggleDevTools');
  });

  it('in development: DevTools available from the menu', async () => {
    const window = await startAndBecomeReady();
    expect(window.options.webPreferences).toMatchObject({ devTools: true });
    expect(menuRoles()).toContain('toggleDevTools');
  });

  function cancels(ses: { beforeRequest: ((details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void) | null }, url: string): boolean | undefined {
    let cancel: boolean | undefined;
    ses.beforeRequest?.({ url }, (response) => {
      cancel = response.cancel;
    });
    return cancel;
  }

  it('in production: DevTools and data: pages are refused by the app session and the print session', async () => {
    app.isPackaged = true;
    await startAndBecomeReady();
    const printSession = [...session.partitions.values()][0];
    if (!printSession) throw new Error('no print session');
    for (const ses of [session.defaultSession, printSession]) {
      expect(cancels(ses, 'devtools://devtools/bundled/inspector.html')).toBe(true);
      expect(cancels(ses, 'data:text/html,<p>x</p>')).toBe(true);
      expect(cancels(ses, 'data:image/png;base64,AAAA')).toBe(false);
    }
  });

  it('in development: the app session lets DevTools pages load, the print session never does', async () => {
    await startAndBecomeReady();
    const printSession = [...session.partitions.values()][0];
    expect(cancels(session.defaultSession, 'devtools://devtools/bundled/inspector.html')).toBe(false);
    expect(printSession && cancels(printSession, 'devtools://devtools/bundled/inspector.html')).toBe(true);
  });

  it('on Linux no session downloads spellcheck dictionaries: the checker is off and its download address is the app itself', async () => {
    Object.defineProperty(process, 'platform', { value: 'linux' });
    await startAndBecomeReady();
    const sessions = [session.defaultSession, ...session.partitions.values()];
    expect(sessions.length).toBe(2);
    for (const ses of sessions) {
      expect(ses.spellCheckerEnabled).toBe(false);
      expect(ses.spellCheckerDictionaryDownloadURL).toMatch(/^app:\/\/team-around\//);
    }
  });
});
