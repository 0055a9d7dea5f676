import { session } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL, createMainWindow, createPrintWindow } from '../../../electron/window';
import { BrowserWindow, mockEvent, resetElectronMock, session as mockSession } from '../../mocks/electron';

vi.mock('electron', () => import('../../mocks/electron'));

beforeEach(() => resetElectronMock());

/** The hardening every window must have (Electron security checklist). */
const HARDENED = {
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  contextIsolation: true,
  sandbox: true,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
};

function onlyWindow(): BrowserWindow {
  expect(BrowserWindow.created).toHaveLength(1);
  const [window] = BrowserWindow.created;
  if (!window) throw new Error('no window');
  return window;
}

describe('createMainWindow', () => {
  it.each([true, false])('sets every security preference (production: %s)', (production) => {
    createMainWindow({ production, preloadPath: '/app/dist/electron/preload.cjs' });
    const prefs = onlyWindow().options.webPreferences ?? {};
    expect(prefs).toMatchObject(HARDENED);
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
    expect(prefs.spellcheck).toBe(true);
    expect(prefs.preload).toBe('/app/dist/electron/preload.cjs');
    expect(prefs.devTools).toBe(!production);
  });

  it('loads the app page over app://, never file://', () => {
    const window = createMainWindow({ production: true, preloadPath: '/p.cjs' });
    expect(APP_ENTRY_URL).toBe('app://team-around/index.html');
    expect(vi.mocked(window.loadURL).mock.calls).toEqual([[APP_ENTRY_URL]]);
  });

  it('has the title, a minimum size, and shows only when ready', () => {
    const window = onlyWindowAfter(() => createMainWindow({ production: true, preloadPath: '/p.cjs' }));
    expect(window.options).toMatchObject({ title: 'Team Around', show: false });
    expect(window.options.minWidth).toBeGreaterThanOrEqual(480);
    expect(window.options.minHeight).toBeGreaterThanOrEqual(400);
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });

  it('keeps page titles (which may name a child) out of the window title', () => {
    const window = onlyWindowAfter(() => createMainWindow({ production: true, preloadPath: '/p.cjs' }));
    const event = mockEvent();
    window.emit('page-title-updated', event, 'Minutes for Jayden Smith');
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('createPrintWindow', () => {
  it('is hidden, has no preload, no JavaScript, no DevTools, and its own session', () => {
    const printSession = session.fromPartition('team-around-print');
    createPrintWindow(printSession);
    const window = onlyWindow();
    const prefs = window.options.webPreferences ?? {};
    expect(window.options.show).toBe(false);
    expect(prefs).toMatchObject({ ...HARDENED, javascript: false, devTools: false });
    expect(prefs).not.toHaveProperty('preload');
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs.session).toBe(mockSession.partitions.get('team-around-print'));
  });
});

function onlyWindowAfter(create: () => unknown): BrowserWindow {
  create();
  return onlyWindow();
}
