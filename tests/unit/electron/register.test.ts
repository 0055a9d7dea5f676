import { ipcMain } from 'electron';
import { type MockInstance, beforeEach, describe, expect, it, vi } from 'vitest';
import { REFUSED_MESSAGE, isTrustedSender, registerHandler } from '../../../electron/ipc/register';
import { MAX_FILE_BYTES, MAX_HTML_CHARS, contract, type SaveFileResult } from '../../../shared/contract';
import { type MockInvokeEvent, ipcMain as mockIpcMain, resetElectronMock } from '../../mocks/electron';

vi.mock('electron', () => import('../../mocks/electron'));

const APP_TOP_FRAME: MockInvokeEvent = { senderFrame: { url: 'app://team-around/index.html', parent: null } };
const VALID_SAVE = { suggestedName: 'TAC minutes 2026-11-23.docx', kind: 'docx', data: new Uint8Array([1, 2, 3]) };

let warn: MockInstance<typeof console.warn>;

beforeEach(() => {
  resetElectronMock();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

function registerSave() {
  const handler = vi.fn(async (): Promise<SaveFileResult> => ({ status: 'saved', fileName: 'minutes.docx' }));
  registerHandler(ipcMain, 'saveFile', handler);
  const invoke = (event: MockInvokeEvent, ...args: unknown[]) => mockIpcMain.invoke(contract.saveFile.channel, event, ...args);
  return { handler, invoke };
}

describe('registerHandler', () => {
  it('registers on the contract channel only', () => {
    registerSave();
    expect([...mockIpcMain.handlers.keys()]).toEqual(['team-around:save-file']);
  });

  it('passes a valid call from the app page to the handler, and returns its validated result', async () => {
    const { handler, invoke } = registerSave();
    await expect(invoke(APP_TOP_FRAME, VALID_SAVE)).resolves.toEqual({ status: 'saved', fileName: 'minutes.docx' });
    expect(handler).toHaveBeenCalledTimes(1);
    expect(handler).toHaveBeenCalledWith(VALID_SAVE);
  });

  it.each<[string, MockInvokeEvent]>([
    ['a page on https://evil.example', { senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['a look-alike app host', { senderFrame: { url: 'app://team-around.evil.example/index.html', parent: null } }],
    ['a subframe of the app page', { senderFrame: { url: 'app://team-around/index.html', parent: { url: 'app://team-around/index.html' } } }],
    ['a file:// page', { senderFrame: { url: 'file:///C:/Users/x/evil.html', parent: null } }],
    ['a data: page', { senderFrame: { url: 'data:text/html,<script>1</script>', parent: null } }],
    ['about:blank', { senderFrame: { url: 'about:blank', parent: null } }],
    ['a null senderFrame (navigated away or destroyed)', { senderFrame: null }],
    ['a missing senderFrame', {}],
  ])('refuses a call from %s without calling the handler', async (_label, event) => {
    const { handler, invoke } = registerSave();
    await expect(invoke(event, VALID_SAVE)).rejects.toThrow(REFUSED_MESSAGE);
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a frame that throws on access (disposed)', async () => {
    const { handler, invoke } = registerSave();
    const disposed: MockInvokeEvent = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    await expect(invoke(disposed, VALID_SAVE)).rejects.toThrow(REFUSED_MESSAGE);
    expect(handler).not.toHaveBeenCalled();
  });

  it.each<[string, unknown]>([
    ['a path in the suggested name', { ...VALID_SAVE, suggestedName: '../../etc/passwd' }],
    ['a Windows path in the suggested name', { ...VALID_SAVE, suggestedName: '..\\..\\Windows\\win.ini' }],
    ['a drive in the suggested name', { ...VALID_SAVE, suggestedName: 'C:minutes.docx' }],
    ['a control character in the suggested name', { ...VALID_SAVE, suggestedName: 'minutes\u0007.docx' }],
    ['an empty name', { ...VALID_SAVE, suggestedName: '' }],
    ['a dot-dot name', { ...VALID_SAVE, suggestedName: '..' }],
    ['an over-long name', { ...VALID_SAVE, suggestedName: `${'a'.repeat(300)}.docx` }],
    ['an unknown kind', { ...VALID_SAVE, kind: 'exe' }],
    ['data as a string', { ...VALID_SAVE, data: 'AQID' }],
    ['data as an array of numbers', { ...VALID_SAVE, data: [1, 2, 3] }],
    ['data over 50 MB', { ...VALID_SAVE, data: new Uint8Array(MAX_FILE_BYTES + 1) }],
    ['a missing field', { suggestedName: 'a.docx', kind: 'docx' }],
    ['null', null],
    ['undefined', undefined],
    ['a string', 'minutes.docx'],
  ])('refuses a payload with %s without calling the handler', async (_label, payload) => {
    const { handler, invoke } = registerSave();
    await expect(invoke(APP_TOP_FRAME, payload)).rejects.toThrow(REFUSED_MESSAGE);
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses extra arguments', async () => {
    const { handler, invoke } = registerSave();
    await expect(invoke(APP_TOP_FRAME, VALID_SAVE, { sneaky: true })).rejects.toThrow(REFUSED_MESSAGE);
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses an oversize print payload', async () => {
    const handler = vi.fn(async () => ({ status: 'printed' as const, data: new Uint8Array() }));
    registerHandler(ipcMain, 'printPdf', handler);
    const payload = { html: 'x'.repeat(MAX_HTML_CHARS + 1), title: 'Minutes' };
    await expect(mockIpcMain.invoke(contract.printPdf.channel, APP_TOP_FRAME, payload)).rejects.toThrow(REFUSED_MESSAGE);
    expect(handler).not.toHaveBeenCalled();
  });

  it('never echoes the payload or personal data in the error or the log', async () => {
    const { invoke } = registerSave();
    const payload = { ...VALID_SAVE, suggestedName: 'Jayden Smith/../../safeguarding.docx' };
    const error: unknown = await invoke(APP_TOP_FRAME, payload).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe(REFUSED_MESSAGE);
    const logged = JSON.stringify(warn.mock.calls);
    expect(logged).not.toContain('Jayden');
    expect(logged).toContain('saveFile');
  });

  it('refuses a handler response that breaks the contract', async () => {
    const handler = vi.fn(async () => ({ status: 'saved', path: '/home/user/secret.docx' }) as unknown as SaveFileResult);
    registerHandler(ipcMain, 'saveFile', handler);
    await expect(mockIpcMain.invoke(contract.saveFile.channel, APP_TOP_FRAME, VALID_SAVE)).rejects.toThrow(REFUSED_MESSAGE);
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('turns a handler failure into the generic refusal (no file paths leak)', async () => {
    const handler = vi.fn(async (): Promise<SaveFileResult> => {
      throw new Error("EACCES: permission denied, open '/home/jayden.smith/minutes.docx'");
    });
    registerHandler(ipcMain, 'saveFile', handler);
    const error: unknown = await mockIpcMain.invoke(contract.saveFile.channel, APP_TOP_FRAME, VALID_SAVE).catch((e: unknown) => e);
    expect((error as Error).message).toBe(REFUSED_MESSAGE);
    expect(JSON.stringify(warn.mock.calls)).not.toContain('jayden');
  });

  it('refuses a capability that is not in the contract', () => {
    expect(() => registerHandler(ipcMain, 'toString' as 'saveFile', vi.fn())).toThrow('Unknown IPC capability');
    expect(mockIpcMain.handlers.size).toBe(0);
  });
});

describe('isTrustedSender', () => {
  it('accepts only the top frame of the app page', () => {
    expect(isTrustedSender({ senderFrame: { url: 'app://team-around/index.html', parent: null } })).toBe(true);
    expect(isTrustedSender({ senderFrame: { url: 'app://team-around/index.html', parent: {} } })).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: 'app://team-around:1/index.html', parent: null } })).toBe(false);
  });
});
