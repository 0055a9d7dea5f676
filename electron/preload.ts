/**
 * Exposes the typed bridge and nothing else: named functions, each bound to one channel. No
 * ipcRenderer, no generic invoke, no event objects cross into the page. Bundled to CommonJS
 * because sandboxed preloads cannot load ES modules.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { BRIDGE_GLOBAL, CHANNELS, isLockReason } from '../shared/channels';
import type { Bridge } from '../shared/contract';

const api: Bridge = {
  getAppInfo: () => ipcRenderer.invoke(CHANNELS.getAppInfo),
  saveFile: (request) => ipcRenderer.invoke(CHANNELS.saveFile, request),
  openFile: (request) => ipcRenderer.invoke(CHANNELS.openFile, request),
  printPdf: (request) => ipcRenderer.invoke(CHANNELS.printPdf, request),
  quickUnlockStatus: () => ipcRenderer.invoke(CHANNELS.quickUnlockStatus),
  quickUnlockStore: (request) => ipcRenderer.invoke(CHANNELS.quickUnlockStore, request),
  quickUnlockLoad: () => ipcRenderer.invoke(CHANNELS.quickUnlockLoad),
  quickUnlockForget: () => ipcRenderer.invoke(CHANNELS.quickUnlockForget),
  onLockRequested: (callback) => {
    // The page gets the reason string only: the event object (with its sender) stays here.
    const listener = (_event: IpcRendererEvent, reason: unknown): void => {
      if (isLockReason(reason)) callback(reason);
    };
    ipcRenderer.on(CHANNELS.lockRequested, listener);
    return () => {
      ipcRenderer.removeListener(CHANNELS.lockRequested, listener);
    };
  },
};

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, api);
