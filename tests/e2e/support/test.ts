import { test as base } from '@playwright/test';
import { setUpApp } from './app';

/**
 * Every test starts on a new, empty profile that has been set up with the test passphrase and is
 * unlocked at the families list. Navigate within the app with hash URLs (`/#/...`): loading `/`
 * again reloads the page, which locks it (use `reloadAndUnlock`).
 */
export const test = base.extend({
  page: async ({ page }, use) => {
    await setUpApp(page);
    await use(page);
  },
});

export { expect } from '@playwright/test';
export type { Page, Locator } from '@playwright/test';
