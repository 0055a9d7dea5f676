/**
 * Exposes the typed bridge and nothing else: named functions, each bound to one channel. No
 * ipcRenderer, no generic invoke, no event objects cross into the page. Bundled to CommonJS
 * because sandboxed preloads cannot load ES modules.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, CHANNELS } from '../shared/channels';
import type { Bridge } from '../shared/contract';

const api: Bridge = {
  getAppInfo: () => ipcRenderer.invoke(CHANNELS.getAppInfo),
  saveFile: (request) => ipcRenderer.invoke(CHANNELS.saveFile, request),
  openFile: (request) => ipcRenderer.invoke(CHANNELS.openFile, request),
  printPdf: (request) => ipcRenderer.invoke(CHANNELS.printPdf, request),
};

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, api);
