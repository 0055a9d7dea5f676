/**
 * Dad's letter as PDF, the app's way: print HTML -> Chromium tagged print -> postProcessPdf,
 * read back with pdftotext. It shows the letter and its DRAFT marking, and nothing of Mum's
 * flagged details. One Chromium for the file.
 */
import type { Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invitationLetter } from '../../../shared/documents/invitation/letter';
import { postProcessPdf } from '../../../shared/documents/pdf-post';
import { renderHtml } from '../../../shared/documents/render-html';
import { launchChromium, printHtml } from '../documents/chromium';
import { atkinsonFonts } from '../documents/fonts';
import { pdfInfo, pdfPageTexts } from '../documents/pdf-tools';
import { ids, letterInput, meeting, MUM_SECRETS } from './fixtures';
import { squash } from './read-back';

let browser: Browser;
let pdf: Uint8Array;

beforeAll(async () => {
  browser = await launchChromium();
  const input = letterInput(ids.dad, { meeting: meeting({ venue: { kind: 'home', householdId: ids.mumHome } }) });
  const doc = invitationLetter(input, { today: '2026-11-20', draft: true });
  pdf = await postProcessPdf(await printHtml(browser, renderHtml(doc, { fonts: atkinsonFonts() })), { metadata: doc.metadata });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe("Dad's invitation letter as PDF", () => {
  it('is tagged and shows the letter, with the marking and DRAFT on every page', () => {
    expect(pdfInfo(pdf).Tagged).toBe('yes');
    expect(pdfInfo(pdf).Title).toBe('Invitation to a Team Around the Family meeting');
    const pages = pdfPageTexts(pdf);
    const all = squash(pages.join('\n'));
    for (const expected of [
      'Thursday 3 December 2026 at 4pm',
      'Who will be there',
      'Ștefan Rădulescu',
      "School nurse: looks after children's health in school",
      'If this time does not suit you',
      'You can ring me on 01632 960 111',
      'I will tell you the address separately.',
    ]) {
      expect(all, expected).toContain(squash(expected));
    }
    for (const page of pages) {
      expect(page).toContain('OFFICIAL-SENSITIVE');
      expect(page).toContain('DRAFT - not yet agreed with the family');
    }
  });

  it("has none of Mum's flagged address, phone or email", () => {
    const all = squash(pdfPageTexts(pdf).join('\n'));
    for (const secret of MUM_SECRETS.filter((s) => !s.includes('&'))) expect(all, secret).not.toContain(squash(secret));
  });
});
