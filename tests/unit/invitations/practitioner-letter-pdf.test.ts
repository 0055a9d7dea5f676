/**
 * A practitioner's letter as PDF, the app's way (print HTML -> Chromium -> postProcessPdf), read
 * back with poppler's pdftotext: the agenda, roles in plain words, the chair's contact details,
 * and nothing of Mum's flagged details when the meeting is at her home and they are hidden from
 * this practitioner.
 */
import type { Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { practitionerLetter } from '../../../shared/documents/invitation/practitioner-letter';
import { postProcessPdf } from '../../../shared/documents/pdf-post';
import { renderHtml } from '../../../shared/documents/render-html';
import { launchChromium, printHtml } from '../documents/chromium';
import { atkinsonFonts } from '../documents/fonts';
import { pdfInfo, pdfPageTexts } from '../documents/pdf-tools';
import { family, ids, ids2, meeting, area, MUM_SECRETS } from './fixtures';
import { squash } from './read-back';

let browser: Browser;
let pdf: Uint8Array;

beforeAll(async () => {
  browser = await launchChromium();
  const base = family();
  const flagged = { ...base, safetyFlags: base.safetyFlags.map((f) => ({ ...f, hiddenFrom: [...f.hiddenFrom, ids2.nurse] })) };
  const input = { family: flagged, recipientId: ids2.nurse, meeting: meeting({ venue: { kind: 'home', householdId: ids.mumHome } }), area, consents: [] };
  const doc = practitionerLetter(input, { today: '2026-11-20' });
  pdf = await postProcessPdf(await printHtml(browser, renderHtml(doc, { fonts: atkinsonFonts() })), { metadata: doc.metadata });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe("a practitioner's letter as PDF", () => {
  it('is tagged and reads as the letter', () => {
    expect(pdfInfo(pdf).Tagged).toBe('yes');
    const all = squash(pdfPageTexts(pdf).join('\n'));
    for (const expected of [
      'Dear Ștefan Rădulescu,',
      'Thursday 3 December 2026 at 4pm',
      'Ștefan Rădulescu (you)',
      'What will happen',
      'How the plan is going',
      'What can be shared with you',
      'If you cannot come',
      'ring me on 01632 960 111',
      'I will tell you the address separately.',
    ]) expect(all, expected).toContain(squash(expected));
  });

  it("has none of Mum's flagged address, phone or email", () => {
    const all = squash(pdfPageTexts(pdf).join('\n'));
    for (const secret of MUM_SECRETS.filter((s) => !s.includes('&'))) expect(all, secret).not.toContain(squash(secret));
  });
});
