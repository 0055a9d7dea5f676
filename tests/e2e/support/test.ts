import { test as base, expect, type Browser, type BrowserContext } from '@playwright/test';
import { FIXED_NOW } from './clock';
import { setUpApp, unlock } from './app';

interface SetUpProfile {
  state: Awaited<ReturnType<BrowserContext['storageState']>>;
  recoveryKey: string;
}

/** Every browser context a test opens, the default one or its own, runs on the fixed clock. */
function fixClockOfEveryContext(browser: Browser): void {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await context.clock.install({ time: FIXED_NOW });
    return context;
  };
}

/**
 * Fails the test if any page it opened ran on the real clock: a test that passes today and fails
 * next month is a defect. Playwright's fake clock replaces `Date.now`; the real one is native code.
 */
async function expectEveryPageOnTheFixedClock(browser: Browser): Promise<void> {
  for (const context of browser.contexts()) {
    for (const page of context.pages()) {
      if (page.isClosed()) continue;
      const native = await page.evaluate(() => Date.now.toString().includes('[native code]')).catch(() => false);
      expect(native, `a page at ${page.url()} ran on the real clock: open contexts with browser.newContext so the fixed clock is installed`).toBe(false);
    }
  }
}

/**
 * Tests of first run: each starts on a new, empty browser profile on the fixed clock, at no screen.
 * Use `test` below for everything else.
 */
export const freshTest = base.extend<{ fixedClockCheck: void }, { fixedClockBrowser: Browser }>({
  fixedClockBrowser: [
    async ({ browser }, use) => {
      fixClockOfEveryContext(browser);
      await use(browser);
    },
    { scope: 'worker', auto: true },
  ],
  fixedClockCheck: [
    async ({ browser }, use) => {
      await use();
      await expectEveryPageOnTheFixedClock(browser);
    },
    { auto: true },
  ],
});

/**
 * Every test starts on a profile that has been set up with the test passphrase (set up once per
 * worker and copied in, IndexedDB included, so the first-run screens and their key derivation are
 * not repeated) and is unlocked at the families list. Navigate within the app with hash URLs
 * (`/#/...`): loading `/` again reloads the page, which locks it (use `reloadAndUnlock`).
 */
export const test = freshTest.extend<{ recoveryKey: string }, { setUpProfile: SetUpProfile }>({
  setUpProfile: [
    async ({ fixedClockBrowser }, use, workerInfo) => {
      const { baseURL, locale, timezoneId } = workerInfo.project.use;
      const context = await fixedClockBrowser.newContext({ baseURL, locale, timezoneId, storageState: { cookies: [], origins: [] } });
      const page = await context.newPage();
      const { recoveryKey } = await setUpApp(page);
      const state = await context.storageState({ indexedDB: true });
      await context.close();
      await use({ state, recoveryKey });
    },
    { scope: 'worker' },
  ],
  storageState: async ({ setUpProfile }, use) => {
    await use(setUpProfile.state);
  },
  /** The recovery key the profile was set up with. */
  recoveryKey: async ({ setUpProfile }, use) => {
    await use(setUpProfile.recoveryKey);
  },
  page: async ({ page }, use) => {
    await page.goto('/#/families');
    await unlock(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Families' })).toBeVisible();
    await use(page);
  },
});

export { expect } from '@playwright/test';
export type { Page, Locator, Browser } from '@playwright/test';
