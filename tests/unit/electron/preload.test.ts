import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BRIDGE_GLOBAL, contract, events, type Bridge } from '../../../shared/contract';
import { contextBridge, ipcRenderer } from '../../mocks/electron';

vi.mock('electron', () => import('../../mocks/electron'));

/** The Bridge interface's method names, checked against the type so the list cannot drift. */
const BRIDGE_METHODS = [
  'getAppInfo',
  'saveFile',
  'openFile',
  'printPdf',
  'quickUnlockStatus',
  'quickUnlockStore',
  'quickUnlockLoad',
  'quickUnlockForget',
  'onLockRequested',
] as const satisfies readonly (keyof Bridge)[];
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
    expect(Object.keys(api).sort()).toEqual([...Object.keys(contract), ...Object.keys(events)].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(Object.values(api)).not.toContain(ipcRenderer);
    for (const name of ['invoke', 'send', 'on', 'ipcRenderer', 'sendSync']) expect(api).not.toHaveProperty(name);
  });

  it.each([
    ['saveFile', { suggestedName: 'a.docx', kind: 'docx', data: new Uint8Array([1]) }],
    ['openFile', { kinds: ['csv'] }],
    ['printPdf', { html: '<p>x</p>', title: 'x' }],
    ['quickUnlockStore', { secret: 'c2VjcmV0' }],
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

describe('preload: quick unlock', () => {
  it.each(['quickUnlockStatus', 'quickUnlockLoad', 'quickUnlockForget'] as const)('%s invokes its own channel with no payload', async (name) => {
    ipcRenderer.invoke.mockClear();
    const method = api[name];
    if (typeof method !== 'function') throw new Error(`${name} missing`);
    await method('forged payload');
    expect(ipcRenderer.invoke.mock.calls).toEqual([[contract[name].channel]]);
  });
});

describe('preload: onLockRequested', () => {
  function subscribe(): { callback: ReturnType<typeof vi.fn>; unsubscribe: unknown } {
    const method = api.onLockRequested;
    if (typeof method !== 'function') throw new Error('onLockRequested missing');
    const callback = vi.fn();
    return { callback, unsubscribe: method(callback) };
  }
  const channel = events.onLockRequested.channel;

  it('listens on the lock channel only, and gives the callback the reason string alone', () => {
    const before = ipcRenderer.listenerCount(channel);
    const { callback, unsubscribe } = subscribe();
    expect(ipcRenderer.on.mock.calls.at(-1)?.[0]).toBe(channel);
    expect(ipcRenderer.listenerCount(channel)).toBe(before + 1);

    ipcRenderer.emitFromMain(channel, 'suspend');
    ipcRenderer.emitFromMain(channel, 'lock-screen');
    // Exactly one argument each time: no event object, no sender, no ports.
    expect(callback.mock.calls).toEqual([['suspend'], ['lock-screen']]);
    if (typeof unsubscribe === 'function') unsubscribe();
  });

  it('drops anything that is not a known reason, and extra arguments', () => {
    const { callback, unsubscribe } = subscribe();
    ipcRenderer.emitFromMain(channel, 'reboot');
    ipcRenderer.emitFromMain(channel, { reason: 'suspend' });
    ipcRenderer.emitFromMain(channel);
    ipcRenderer.emitFromMain(channel, 'suspend', { secret: 'extra' });
    expect(callback.mock.calls).toEqual([['suspend']]);
    if (typeof unsubscribe === 'function') unsubscribe();
  });

  it('returns an unsubscribe function that removes its own listener and no other', () => {
    const first = subscribe();
    const second = subscribe();
    const before = ipcRenderer.listenerCount(channel);
    expect(typeof first.unsubscribe).toBe('function');
    if (typeof first.unsubscribe === 'function') first.unsubscribe();
    expect(ipcRenderer.listenerCount(channel)).toBe(before - 1);

    ipcRenderer.emitFromMain(channel, 'suspend');
    expect(first.callback).not.toHaveBeenCalled();
    expect(second.callback).toHaveBeenCalledWith('suspend');
    if (typeof second.unsubscribe === 'function') second.unsubscribe();
    expect(ipcRenderer.listenerCount(channel)).toBe(before - 2);
  });

  it('hands the page nothing of ipcRenderer: the return value is a plain function', () => {
    const { unsubscribe } = subscribe();
    expect(unsubscribe).not.toBe(ipcRenderer);
    expect(typeof unsubscribe).toBe('function');
    if (typeof unsubscribe === 'function') expect(unsubscribe()).toBeUndefined();
  });
});
