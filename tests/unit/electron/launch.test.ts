/**
 * Launches the real app when an Electron binary is installed. On machines where it is not
 * (it downloads on first use, which needs network), the test is reported as skipped, never
 * as passed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** The binary electron's own index.js would use, found without running that file (it tries to download). */
function findElectronBinary(): string | null {
  try {
    const packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathFile = path.join(packageDir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const binary = path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = findElectronBinary();

describe('launching the packaged app', () => {
  if (binary === null) {
    it.skip('skipped: no Electron binary on this machine (it cannot be downloaded here)', () => undefined);
    return;
  }

  it('opens one window titled Team Around', async () => {
    expect(existsSync(path.join(ROOT, 'dist', 'electron', 'main.cjs')), 'run `npm run build` first').toBe(true);
    const { _electron } = await import('@playwright/test');
    const electronApp = await _electron.launch({ executablePath: binary, args: [ROOT], env: { ...process.env, NODE_ENV: 'production' } });
    try {
      const window = await electronApp.firstWindow();
      expect(await electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.getTitle()))).toEqual(['Team Around']);
      expect(window.url()).toBe('app://team-around/index.html');
    } finally {
      await electronApp.close();
    }
  }, 60_000);
});
