/**
 * App lifecycle: one instance, one window, and every security rule in place before the first
 * page loads.
 */
import path from 'node:path';
import { Menu, app, dialog, ipcMain, powerMonitor, protocol, safeStorage, session } from 'electron';
import type { BrowserWindow } from 'electron';
import { APP_SCHEME } from '../shared/contract';
import { registerIpc } from './ipc/index';
import { PRINT_PARTITION, createPdfPrinter, createPrintWindowHost, setUpPrintSession } from './ipc/print';
import { forwardLockEvents } from './lock-events';
import { menuTemplate } from './menu';
import { registerAppProtocol } from './protocol';
import { installSecurityPolicy } from './security';
import { createMainWindow, createPrintWindow } from './window';

const production = app.isPackaged || process.env.NODE_ENV === 'production';

// These three must happen before 'ready'.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
app.enableSandbox();
// A fixed folder, so renaming the product never orphans the database; development never touches real data.
app.setPath('userData', path.join(app.getPath('appData'), production ? 'Team Around' : 'Team Around (development)'));

let mainWindow: BrowserWindow | null = null;

function focusMainWindow(): void {
  if (mainWindow === null) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function start(): void {
  const appDir = app.getAppPath();
  const rendererDir = path.join(appDir, 'dist', 'renderer');

  installSecurityPolicy(app, session.defaultSession, { production });
  registerAppProtocol(protocol, rendererDir);

  const pages = new Map<string, string>();
  const printSession = session.fromPartition(PRINT_PARTITION);
  setUpPrintSession(printSession, rendererDir, pages);
  const printHost = createPrintWindowHost(() => createPrintWindow(printSession));

  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(production, process.platform)));
  registerIpc(ipcMain, {
    app,
    dialog,
    getMainWindow: () => mainWindow,
    printPdf: createPdfPrinter({ pages, getSurface: printHost.surface }),
    keyStore: safeStorage,
  });
  // Sleep and screen lock lock the app (powerMonitor works only once the app is ready).
  forwardLockEvents(powerMonitor, () => mainWindow);

  const openMainWindow = (): void => {
    mainWindow = createMainWindow({ production, preloadPath: path.join(appDir, 'dist', 'electron', 'preload.cjs') });
    mainWindow.on('closed', () => {
      mainWindow = null;
      // Otherwise the hidden window keeps the app alive and 'window-all-closed' never fires.
      printHost.destroy();
    });
  };
  openMainWindow();
  app.on('activate', () => {
    if (mainWindow === null) openMainWindow();
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      // The error's name only: messages can carry file paths, and paths can carry names.
      console.error('Team Around could not start:', error instanceof Error ? error.name : 'unknown error');
      app.quit();
    });
}
