import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BRIDGE_GLOBAL, contract, type Bridge } from '../../../shared/contract';
import { contextBridge, ipcRenderer } from '../../mocks/electron';

vi.mock('electron', () => import('../../mocks/electron'));

/** The Bridge interface's method names, checked against the type so the list cannot drift. */
const BRIDGE_METHODS = ['getAppInfo', 'saveFile', 'openFile', 'printPdf'] as const satisfies readonly (keyof Bridge)[];
type Missing = Exclude<keyof Bridge, (typeof BRIDGE_METHODS)[number]>;
const noneMissing: [Missing] extends [never] ? true : false = true;

let api: Record<string, unknown> = {};

beforeAll(async () => {
  await import('../../../electron/preload');
  const exposed = contextBridge.exposed.get(BRIDGE_GLOBAL);
  if (typeof exposed !== 'object' || exposed === null) throw new Error('nothing exposed');
  api = { ...exposed };
});

describe('preload', () => {
  it('exposes one object, under the bridge name, and nothing else', () => {
    expect(noneMissing).toBe(true);
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect([...contextBridge.exposed.keys()]).toEqual([BRIDGE_GLOBAL]);
  });

  it("has exactly the Bridge's method names, all functions, no ipcRenderer or generic invoke", () => {
    expect(Object.keys(api).sort()).toEqual([...BRIDGE_METHODS].sort());
    expect(Object.keys(api).sort()).toEqual(Object.keys(contract).sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(Object.values(api)).not.toContain(ipcRenderer);
    for (const name of ['invoke', 'send', 'on', 'ipcRenderer', 'sendSync']) expect(api).not.toHaveProperty(name);
  });

  it.each([
    ['saveFile', { suggestedName: 'a.docx', kind: 'docx', data: new Uint8Array([1]) }],
    ['openFile', { kinds: ['csv'] }],
    ['printPdf', { html: '<p>x</p>', title: 'x' }],
  ] as const)('%s invokes its own channel with the request and nothing more', async (name, request) => {
    ipcRenderer.invoke.mockClear();
    const method = api[name];
    if (typeof method !== 'function') throw new Error(`${name} missing`);
    await method(request);
    expect(ipcRenderer.invoke.mock.calls).toEqual([[contract[name].channel, request]]);
  });

  it('getAppInfo invokes its channel with no payload, and returns what main returned', async () => {
    ipcRenderer.invoke.mockClear();
    ipcRenderer.invoke.mockResolvedValueOnce({ name: 'Team Around', version: '0.1.0', platform: 'electron' });
    const method = api.getAppInfo;
    if (typeof method !== 'function') throw new Error('getAppInfo missing');
    await expect(method()).resolves.toEqual({ name: 'Team Around', version: '0.1.0', platform: 'electron' });
    expect(ipcRenderer.invoke.mock.calls).toEqual([[contract.getAppInfo.channel]]);
  });

  it('passes no event object or extra arguments back from invoke', async () => {
    ipcRenderer.invoke.mockClear();
    const method = api.openFile;
    if (typeof method !== 'function') throw new Error('openFile missing');
    await method({ kinds: ['csv'] }, 'extra', { sender: 'forged' });
    expect(ipcRenderer.invoke.mock.calls).toEqual([[contract.openFile.channel, { kinds: ['csv'] }]]);
  });
});
