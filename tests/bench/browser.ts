/**
 * Debian Chromium through Playwright, with a persistent profile: a fresh temporary one (removed on
 * close), or a folder the caller owns, such as a copy of a kept caseload profile (profile-cache.ts).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export interface BenchBrowser {
  context: BrowserContext;
  version: string;
  close(): Promise<void>;
}

export async function launchBenchBrowser(profileDir?: string): Promise<BenchBrowser> {
  const profile = profileDir ?? (await mkdtemp(join(tmpdir(), 'team-around-bench-')));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  return {
    context,
    version: context.browser()?.version() ?? 'unknown',
    async close() {
      await context.close();
      if (profileDir === undefined) await rm(profile, { recursive: true, force: true });
    },
  };
}
