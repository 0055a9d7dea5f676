import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);

interface BuilderConfig {
  appId?: string;
  productName?: string;
  asar?: boolean;
  files?: string[];
  beforeBuild?: string;
  directories?: { output?: string };
  electronFuses?: Record<string, boolean>;
  win?: { target?: string[] };
  mac?: { target?: string[] };
  linux?: { target?: string[]; category?: string; maintainer?: string; description?: string };
  deb?: { maintainer?: string; description?: string };
}

async function loadConfig(): Promise<BuilderConfig> {
  return parse(await readFile(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
}

describe('electron-builder.yml', () => {
  it('names the app and keeps the identity fixed', async () => {
    const config = await loadConfig();
    expect(config.appId).toBe('uk.team-around.app');
    expect(config.productName).toBe('Team Around');
    expect(config.directories?.output).toBe('release');
    expect(config.asar).toBe(true);
  });

  it('builds every target', async () => {
    const config = await loadConfig();
    expect(config.win?.target).toEqual(['nsis', 'msi']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Office');
    expect(config.deb?.maintainer).toMatch(/<.+@.+>/);
    expect(config.deb?.description?.length).toBeGreaterThan(10);
  });

  it('ships only dist/ and package.json: no source maps, sources, tests or node_modules', async () => {
    const config = await loadConfig();
    const includes = (config.files ?? []).filter((p) => !p.startsWith('!'));
    expect(includes).toEqual(['dist/**/*', 'package.json']);
    expect(config.files).toEqual(expect.arrayContaining(['!**/*.map']));
    expect(config.beforeBuild).toBe('./electron/builder-hooks.mjs');
    const hooks: unknown = await import(pathToFileURL(path.join(ROOT, 'electron', 'builder-hooks.mjs')).href);
    const beforeBuild = typeof hooks === 'object' && hooks !== null && 'beforeBuild' in hooks ? hooks.beforeBuild : undefined;
    if (typeof beforeBuild !== 'function') throw new Error('electron/builder-hooks.mjs must export beforeBuild');
    await expect(beforeBuild()).resolves.toBe(false);
  });

  it('sets every fuse as SECURITY.md requires', async () => {
    const fuses = (await loadConfig()).electronFuses;
    expect(fuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('leaves no fuse electron-builder knows about unset (its stand-in for strictlyRequireAllFuses)', async () => {
    const scheme = JSON.parse(await readFile(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as {
      definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
    };
    const known = Object.keys(scheme.definitions.FuseOptionsV1.properties).filter((k) => k !== 'resetAdHocDarwinSignature');
    const fuses = (await loadConfig()).electronFuses ?? {};
    for (const key of known) expect(typeof fuses[key], key).toBe('boolean');
  });

  it("passes electron-builder's own configuration validation", async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration: (config: BuilderConfig, logger: { isEnabled: boolean; add: () => void }) => Promise<void>;
    };
    await expect(validateConfiguration(await loadConfig(), { isEnabled: false, add: () => undefined })).resolves.toBeUndefined();
  });
});
