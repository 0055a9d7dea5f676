/** Rules about the main-process source that are easiest to prove by reading it. */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ELECTRON_DIR = path.resolve(import.meta.dirname, '../../../electron');

async function sources(): Promise<Map<string, string>> {
  const entries = await readdir(ELECTRON_DIR, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && /\.(ts|mjs)$/.test(e.name)).map((e) => path.join(e.parentPath, e.name));
  const texts = await Promise.all(files.map((f) => readFile(f, 'utf8')));
  return new Map(files.map((f, i) => [path.relative(ELECTRON_DIR, f).split(path.sep).join('/'), texts[i] ?? '']));
}

describe('electron/ source rules', () => {
  it('finds the sources it checks', async () => {
    const files = [...(await sources()).keys()];
    expect(files).toEqual(expect.arrayContaining(['main.ts', 'window.ts', 'security.ts', 'protocol.ts', 'preload.ts', 'ipc/register.ts']));
  });

  it('registers IPC handlers only in electron/ipc/register.ts', async () => {
    const pattern = /\b(ipcMain|ipc)\s*(\.|\?\.)\s*(handle|handleOnce|on|once|addListener)\s*\(|\bipcMain\s*\[/;
    const offenders = [...(await sources())].filter(([, text]) => pattern.test(text)).map(([file]) => file);
    expect(offenders).toEqual(['ipc/register.ts']);
  });

  it('creates BrowserWindows only in electron/window.ts', async () => {
    const offenders = [...(await sources())].filter(([, text]) => /new\s+BrowserWindow\s*\(/.test(text)).map(([file]) => file);
    expect(offenders).toEqual(['window.ts']);
  });

  it('never loads file:// pages, never weakens a window, never compares URLs with startsWith', async () => {
    for (const [file, text] of await sources()) {
      expect(text, file).not.toMatch(/loadFile\s*\(|['"`]file:\/\//);
      expect(text, file).not.toMatch(/nodeIntegration:\s*true|contextIsolation:\s*false|sandbox:\s*false|webSecurity:\s*false|enableBlinkFeatures|allowRunningInsecureContent:\s*true|experimentalFeatures:\s*true|webviewTag:\s*true/);
      expect(text, file).not.toMatch(/url\w*\.startsWith\(|\.href\.startsWith\(/i);
    }
  });

  it('the preload exposes only through contextBridge and never hands over ipcRenderer', async () => {
    const preload = (await sources()).get('preload.ts') ?? '';
    expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(preload).toMatch(/const api: Bridge = \{/);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
    expect(preload).not.toMatch(/ipcRenderer\s*\.\s*(once|send|sendSync|sendToHost|postMessage|addListener|removeAllListeners)\s*\(/);
    expect(preload).not.toMatch(/\.\.\.args/);
  });

  it('the preload listens to main on the lock channel only, and removes what it adds', async () => {
    const preload = (await sources()).get('preload.ts') ?? '';
    const listens = preload.match(/ipcRenderer\s*\.\s*on\s*\(\s*[\w.]+/g) ?? [];
    expect(listens.map((call) => call.replace(/\s/g, ''))).toEqual(['ipcRenderer.on(CHANNELS.lockRequested']);
    expect(preload.match(/ipcRenderer\s*\.\s*removeListener\s*\(\s*CHANNELS\.lockRequested\s*,\s*listener\s*\)/g)).toHaveLength(1);
  });

  it('pushes to a page only from lock-events.ts', async () => {
    const offenders = [...(await sources())].filter(([, text]) => /\.send\s*\(/.test(text)).map(([file]) => file);
    expect(offenders).toEqual(['lock-events.ts']);
  });

  it('uses only the async safeStorage API, and never lets it fall back to plain text', async () => {
    for (const [file, text] of await sources()) {
      expect(text, file).not.toMatch(/\b(encryptString|decryptString|isEncryptionAvailable)\s*\(/);
      expect(text, file).not.toMatch(/setUsePlainTextEncryption/);
    }
  });
});
