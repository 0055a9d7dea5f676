/** Registers every capability in the contract, each through the one validating wrapper. */
import fs from 'node:fs/promises';
import type { App, BrowserWindow, Dialog, IpcMain } from 'electron';
import type { PrintPdfRequest, PrintPdfResult } from '../../shared/contract';
import { getAppInfo } from './app-info';
import { createFileHandlers, electronFileDialogs } from './files';
import { registerHandler } from './register';

export interface IpcDeps {
  app: Pick<App, 'getName' | 'getVersion' | 'getPath'>;
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  getMainWindow: () => BrowserWindow | null;
  printPdf: (request: PrintPdfRequest) => Promise<PrintPdfResult>;
}

export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, { app, dialog, getMainWindow, printPdf }: IpcDeps): void {
  const files = createFileHandlers({
    fs,
    dialogs: electronFileDialogs(dialog, getMainWindow),
    documentsDir: app.getPath('documents'),
  });

  registerHandler(ipcMain, 'getAppInfo', () => getAppInfo(app));
  registerHandler(ipcMain, 'saveFile', files.saveFile);
  registerHandler(ipcMain, 'openFile', files.openFile);
  registerHandler(ipcMain, 'printPdf', printPdf);
}
