/** Registers every capability in the contract, each through the one validating wrapper. */
import fs from 'node:fs/promises';
import type { App, BrowserWindow, Dialog, IpcMain } from 'electron';
import type { PrintPdfRequest, PrintPdfResult } from '../../shared/contract';
import { getAppInfo } from './app-info';
import { createFileHandlers, electronFileDialogs } from './files';
import type { KeyStore } from './key-store';
import { createQuickUnlock } from './quick-unlock';
import { registerHandler } from './register';

export interface IpcDeps {
  app: Pick<App, 'getName' | 'getVersion' | 'getPath'>;
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  getMainWindow: () => BrowserWindow | null;
  printPdf: (request: PrintPdfRequest) => Promise<PrintPdfResult>;
  /** Electron's safeStorage (async API). */
  keyStore: KeyStore;
  platform?: NodeJS.Platform;
}

export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, { app, dialog, getMainWindow, printPdf, keyStore, platform = process.platform }: IpcDeps): void {
  const files = createFileHandlers({
    fs,
    dialogs: electronFileDialogs(dialog, getMainWindow),
    documentsDir: app.getPath('documents'),
  });
  const quickUnlock = createQuickUnlock({ keyStore, fs, userDataDir: app.getPath('userData'), platform });

  registerHandler(ipcMain, 'getAppInfo', () => getAppInfo(app));
  registerHandler(ipcMain, 'saveFile', files.saveFile);
  registerHandler(ipcMain, 'openFile', files.openFile);
  registerHandler(ipcMain, 'printPdf', printPdf);
  registerHandler(ipcMain, 'quickUnlockStatus', quickUnlock.status);
  registerHandler(ipcMain, 'quickUnlockStore', quickUnlock.store);
  registerHandler(ipcMain, 'quickUnlockLoad', quickUnlock.load);
  registerHandler(ipcMain, 'quickUnlockForget', quickUnlock.forget);
}
