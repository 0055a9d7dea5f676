/**
 * Distance travelled in the printed minutes and family's version, read back by poppler: the trend,
 * the key, every score and the action counts, for a meeting with two earlier meetings.
 */
import type { Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentPdf } from '../../../renderer/documents/document-files';
import { launchChromium, printHtml } from '../documents/chromium';
import { pdfPageTexts } from '../documents/pdf-tools';
import { squash } from '../invitations/read-back';
import { chartDocument, chartDocuments, EXPECTED_LINES, EXPECTED_ROWS } from './chart-documents';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

describe('distance travelled in the PDF', () => {
  it.each(chartDocuments)('the %s says the trend, the key, the scores and the action counts', async (kind, recipient) => {
    const print = async ({ html }: { html: string }) => ({ status: 'printed' as const, data: new Uint8Array(await printHtml(browser, html)) });
    const pdf = await documentPdf(chartDocument(kind, recipient), print);
    if (!(pdf instanceof Uint8Array)) throw new Error(pdf.failed);
    const text = squash(pdfPageTexts(pdf).join('\n'));
    for (const line of EXPECTED_LINES) expect(text).toContain(squash(line));
    for (const cells of EXPECTED_ROWS) expect(text).toContain(squash(cells.join(' ')));
    expect(text).toContain(squash(kind === 'family-version' ? 'How things have changed since the first meeting' : 'Distance travelled since the plan began'));
  }, 60_000);
});
