/**
 * The briefing as Word and as PDF (print HTML -> Chromium's tagged print -> postProcessPdf, as the
 * app does), read back: who it is about and who wrote it, the attendance table with percentages,
 * persistent absence explained, each section, and the child's words marked as their own.
 */
import type { Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { briefingDocument } from '../../../shared/briefing/document';
import { postProcessPdf } from '../../../shared/documents/pdf-post';
import { renderDocx } from '../../../shared/documents/render-docx';
import { renderHtml } from '../../../shared/documents/render-html';
import { launchChromium, printHtml } from '../documents/chromium';
import { atkinsonFonts } from '../documents/fonts';
import { pdfInfo, pdfPageTexts } from '../documents/pdf-tools';
import { allDocxXml, squash, wordText } from '../invitations/read-back';
import { filledBody, filledBriefing } from './fixtures';

const EXPECTED = [
  'School briefing about Leo Ruiz',
  'Child: Leo Ruiz',
  'Date of birth: 3 February 2016',
  'Written by: Kim Wu',
  'Role: SENCO (special educational needs co-ordinator)',
  'School: Oak Lane Primary School',
  'Date written: 23 November 2026',
  'A session is a morning or an afternoon',
  'Autumn term 2026',
  '87.5%',
  'Summer term 2026',
  '95.4%',
  'Persistent absence in the Autumn term 2026',
  'missing 1 in every 10 school sessions or more',
  'Compared with what is expected for their age: Below what is expected for their age.',
  'Reading is about a year behind.',
  'Maths is close to where we expect.',
  'Settled in class; finds lunchtimes hard.',
  'SEN support: small-group reading three times a week.',
  'What worries the school',
  'What school has already done, and what difference it made',
  'I like school when Mr Patel does experiments. Mornings are hard because Mum is poorly.',
  'Leo Ruiz, in their own words',
  'How this was gathered: In a chat with his class teacher on 12 November 2026.',
  'What school can offer next',
];

describe('the briefing in Word', () => {
  it('reads back with every part the author wrote', async () => {
    const bytes = await renderDocx(briefingDocument(filledBody(), { marking: 'OFFICIAL-SENSITIVE' }));
    const text = squash(await wordText(bytes));
    for (const expected of EXPECTED) expect(text, expected).toContain(squash(expected));
    const xml = await allDocxXml(bytes);
    expect(xml).toContain('OFFICIAL-SENSITIVE');
    // The attendance table has its header row.
    expect(squash(xml)).toContain(squash('Sessions possible'));
  });

  it('leaves out what was not written, and shows no attendance in a written report', async () => {
    const body = filledBody({ kind: 'written-report', sections: { ...filledBriefing().sections, behaviour: '', childsWords: '', childsWordsHow: '' } });
    const text = await wordText(await renderDocx(briefingDocument(body, { marking: 'OFFICIAL' })));
    expect(text).toContain('Written report about Leo Ruiz');
    expect(text).toContain('Service: Oak Lane Primary School');
    expect(text).not.toContain('Attendance');
    expect(text).not.toContain('Behaviour');
    expect(text).not.toContain('in their own words');
  });
});

describe('the briefing as PDF', () => {
  let browser: Browser;
  let pdf: Uint8Array;
  beforeAll(async () => {
    browser = await launchChromium();
    const doc = briefingDocument(filledBody(), { marking: 'OFFICIAL-SENSITIVE', createdAt: '2026-11-23T10:15:00.000Z' });
    pdf = await postProcessPdf(await printHtml(browser, renderHtml(doc, { fonts: atkinsonFonts() })), { metadata: doc.metadata });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('is tagged, titled, marked on every page, and reads back with every part', () => {
    expect(pdfInfo(pdf).Tagged).toBe('yes');
    expect(pdfInfo(pdf).Title).toBe('School briefing about Leo Ruiz');
    const pages = pdfPageTexts(pdf);
    const all = squash(pages.join('\n'));
    for (const expected of EXPECTED) expect(all, expected).toContain(squash(expected));
    for (const page of pages) expect(page).toContain('OFFICIAL-SENSITIVE');
  });
});
