/**
 * A briefing file crosses the bridge as kind 'briefing' (.tabriefing), and a request as 'json':
 * the main process saves and opens them with the right filter, byte for byte, and the browser
 * bridge's file picker offers the same extension.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFileHandlers, type FileDialogs } from '../../../electron/ipc/files';
import { createWebBridge } from '../../../renderer/bridge/web';
import { contract } from '../../../shared/contract';
import { writeBriefingFile } from '../../../shared/briefing/file-format';
import { readBriefingFile } from '../../../shared/briefing/read-file';
import { filledBody } from './fixtures';

vi.mock('electron', () => import('../../mocks/electron'));

let dir = '';
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'team-around-briefing-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('the briefing file through the desktop bridge', () => {
  it('is saved with the Team Around briefing filter and opened back byte for byte', async () => {
    const target = path.join(dir, 'Leo Ruiz school briefing.tabriefing');
    const dialogs = {
      chooseSavePath: vi.fn<FileDialogs['chooseSavePath']>(async () => target),
      chooseOpenPath: vi.fn<FileDialogs['chooseOpenPath']>(async () => target),
    };
    const { saveFile, openFile } = createFileHandlers({ fs, dialogs, documentsDir: dir });
    const data = new Uint8Array(writeBriefingFile(filledBody()));
    const request = { suggestedName: 'Leo Ruiz school briefing.tabriefing', kind: 'briefing' as const, data };
    expect(contract.saveFile.request.safeParse(request).success).toBe(true);
    await expect(saveFile(request)).resolves.toEqual({ status: 'saved', fileName: 'Leo Ruiz school briefing.tabriefing' });
    expect(dialogs.chooseSavePath).toHaveBeenCalledWith(expect.objectContaining({ filters: [{ name: 'Team Around briefing', extensions: ['tabriefing'] }] }));

    const opened = await openFile({ kinds: ['briefing'] });
    expect(dialogs.chooseOpenPath).toHaveBeenCalledWith({ filters: [{ name: 'Team Around briefing', extensions: ['tabriefing'] }] });
    expect(opened.status).toBe('opened');
    if (opened.status === 'opened') {
      expect(contract.openFile.response.safeParse(opened).success).toBe(true);
      expect(readBriefingFile(opened.data)).toMatchObject({ ok: true, file: { briefingId: filledBody().briefingId } });
    }
  });
});

describe('the browser bridge’s file picker', () => {
  it('offers .tabriefing for a briefing and .json for a request', () => {
    const inputs: Array<{ type: string; accept: string }> = [];
    const fakeDocument = {
      createElement: () => {
        const input = { type: '', accept: '', addEventListener: () => undefined, click: () => undefined };
        inputs.push(input);
        return input;
      },
    } as unknown as Document;
    const bridge = createWebBridge(fakeDocument);
    void bridge.openFile({ kinds: ['briefing'] });
    void bridge.openFile({ kinds: ['json'] });
    expect(inputs).toEqual([
      expect.objectContaining({ type: 'file', accept: '.tabriefing' }),
      expect.objectContaining({ type: 'file', accept: '.json' }),
    ]);
  });
});
