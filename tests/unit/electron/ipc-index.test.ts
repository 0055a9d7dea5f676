import { BrowserWindow, app, dialog, ipcMain, safeStorage } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { registerIpc } from '../../../electron/ipc/index';
import { contract } from '../../../shared/contract';
import { dialog as mockDialog, ipcMain as mockIpcMain, resetElectronMock } from '../../mocks/electron';

vi.mock('electron', () => import('../../mocks/electron'));

const APP_TOP_FRAME = { senderFrame: { url: 'app://team-around/index.html', parent: null } };

beforeEach(() => resetElectronMock());

function register() {
  const printPdf = vi.fn(async () => ({ status: 'printed' as const, data: new Uint8Array([37]) }));
  const window = new BrowserWindow();
  registerIpc(ipcMain, { app, dialog, getMainWindow: () => window, printPdf, keyStore: safeStorage, platform: 'linux' });
  return { printPdf, window };
}

describe('registerIpc', () => {
  it('registers every capability in the contract, and only those', () => {
    register();
    const channels = Object.values(contract).map((c) => c.channel).sort();
    expect([...mockIpcMain.handlers.keys()].sort()).toEqual(channels);
  });

  it('answers getAppInfo for the app page', async () => {
    register();
    await expect(mockIpcMain.invoke(contract.getAppInfo.channel, APP_TOP_FRAME)).resolves.toEqual({ name: 'Team Around', version: '0.1.0', platform: 'electron' });
  });

  it('routes saveFile through the real dialog, modal to the app window, in Documents', async () => {
    const { window } = register();
    await expect(
      mockIpcMain.invoke(contract.saveFile.channel, APP_TOP_FRAME, { suggestedName: 'plan.docx', kind: 'docx', data: new Uint8Array([1]) }),
    ).resolves.toEqual({ status: 'cancelled' });
    expect(mockDialog.showSaveDialog).toHaveBeenCalledWith(window, expect.objectContaining({ defaultPath: expect.stringMatching(/Documents[\\/]plan\.docx$/) }));
  });

  it('routes printPdf to the printer with the validated request', async () => {
    const { printPdf } = register();
    const result = await mockIpcMain.invoke(contract.printPdf.channel, APP_TOP_FRAME, { html: '<p>x</p>', title: 'x' });
    expect(result).toEqual({ status: 'printed', data: new Uint8Array([37]) });
    expect(printPdf).toHaveBeenCalledWith({ html: '<p>x</p>', title: 'x' });
  });

  it('refuses a forged openFile from another origin before any dialog opens', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    register();
    const forged = { senderFrame: { url: 'https://evil.example/', parent: null } };
    await expect(mockIpcMain.invoke(contract.openFile.channel, forged, { kinds: ['csv'] })).rejects.toThrow();
    expect(mockDialog.showOpenDialog).not.toHaveBeenCalled();
    expect(warn.mock.calls).toEqual([['IPC openFile refused (sender)']]);
    warn.mockRestore();
  });
});
