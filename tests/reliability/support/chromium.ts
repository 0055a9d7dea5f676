/**
 * Debian's Chromium headless shell on a persistent profile, and an abrupt end to it: SIGKILL to the browser's
 * whole process group (browser, zygotes, storage service, renderers), as a crash or a kill -9 would.
 */
import { readdir, readFile } from 'node:fs/promises';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../bench/browser';
import { TEST_CHROMIUM_PATH } from '../../support/test-chromium';

export interface ProfileBrowser {
  context: BrowserContext;
  page: Page;
  /** The browser process, leader of its own process group (Playwright starts it detached). */
  pid: number;
}

async function readProc(pid: string, file: string): Promise<string | undefined> {
  try {
    return await readFile(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return undefined; // The process ended while we looked.
  }
}

/** The browser process started on `profile`: the only one whose command line names that profile. */
async function browserPid(profile: string): Promise<number> {
  const flag = `--user-data-dir=${profile}`;
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const args = (await readProc(entry, 'cmdline'))?.split('\0') ?? [];
    if (args.includes(flag) && !args.some((a) => a.startsWith('--type='))) return Number(entry);
  }
  throw new Error(`No Chromium process found for profile ${profile}`);
}

/** State and process group from /proc/<pid>/stat (fields 3 and 5, after the command name in brackets). */
async function processStat(pid: number): Promise<{ state: string; group: number } | undefined> {
  const stat = await readProc(String(pid), 'stat');
  const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
  if (fields?.[0] === undefined || fields[2] === undefined) return undefined;
  return { state: fields[0], group: Number(fields[2]) };
}

export async function launchProfile(profile: string): Promise<ProfileBrowser> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: TEST_CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  const pid = await browserPid(profile);
  if ((await processStat(pid))?.group !== pid) {
    await context.close();
    throw new Error('Chromium is not the leader of its own process group, so it cannot be killed as a whole.');
  }
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page, pid };
}

/** A process of the group that still runs. Zombies (Z) and dead (X) ones hold no files or locks, so they do not count. */
async function groupAlive(pgid: number): Promise<boolean> {
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await processStat(Number(entry));
    if (stat?.group === pgid && stat.state !== 'Z' && stat.state !== 'X') return true;
  }
  return false;
}

const KILL_TIMEOUT_MS = 10_000;

/** SIGKILL to every process of the browser at once, then waits until they are all gone and Playwright has noticed. */
export async function killAbruptly(browser: ProfileBrowser): Promise<void> {
  const deadline = Date.now() + KILL_TIMEOUT_MS;
  let timer: NodeJS.Timeout | undefined;
  const closed = new Promise<void>((resolve, reject) => {
    browser.context.once('close', () => resolve());
    timer = setTimeout(() => reject(new Error('Playwright did not notice the killed browser')), KILL_TIMEOUT_MS);
  });
  process.kill(-browser.pid, 'SIGKILL');
  await closed.finally(() => clearTimeout(timer));
  while (await groupAlive(browser.pid)) {
    if (Date.now() > deadline) throw new Error(`Chromium processes in group ${browser.pid} outlived SIGKILL`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
