/** Debian Chromium through Playwright, printing HTML the way the app's Electron window does. */
import { chromium, type Browser } from '@playwright/test';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

/** Tagged print with an outline: the same print path as Electron's printToPDF with generateTaggedPDF. */
export async function printHtml(browser: Browser, html: string): Promise<Uint8Array> {
  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' });
  try {
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    // Web fonts load on first use; print only once they have.
    await page.evaluate(async () => { await document.fonts.ready; });
    return new Uint8Array(await page.pdf({ tagged: true, outline: true, format: 'A4', printBackground: true }));
  } finally {
    await context.close();
  }
}
