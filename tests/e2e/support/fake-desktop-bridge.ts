import type { Page } from '@playwright/test';

/**
 * Stands in for the Electron preload in the browser: the operating system's key store becomes
 * localStorage, and the test can raise the lock events the OS would send (`window.__raiseLock`).
 * Only quick unlock and lock events differ from the browser bridge; the rest is not offered here.
 */
export async function installFakeDesktopBridge(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const store = 'fake-os-key-store';
    let listener: ((reason: 'suspend' | 'lock-screen') => void) | undefined;
    const refuse = async () => ({ status: 'failed', message: 'Not available in this test.' });
    Object.assign(window, {
      __raiseLock: (reason: 'suspend' | 'lock-screen') => listener?.(reason),
      teamAround: {
        getAppInfo: async () => ({ name: 'Team Around', version: 'test', platform: 'electron' }),
        saveFile: refuse,
        openFile: refuse,
        printPdf: refuse,
        quickUnlockStatus: async () => ({ available: true }),
        quickUnlockStore: async ({ secret }: { secret: string }) => {
          localStorage.setItem(store, secret);
          return { status: 'stored' };
        },
        quickUnlockLoad: async () => {
          const secret = localStorage.getItem(store);
          return secret ? { status: 'loaded', secret } : { status: 'none' };
        },
        quickUnlockForget: async () => {
          localStorage.removeItem(store);
          return { status: 'forgotten' };
        },
        onLockRequested: (callback: (reason: 'suspend' | 'lock-screen') => void) => {
          listener = callback;
          return () => {
            listener = undefined;
          };
        },
      },
    });
  });
}
