/**
 * The document check: every kind of document the app makes, for a long and awkward meeting (names
 * in Irish, Romanian and Arabic, long names, long notes, many actions), made the app's way
 * (renderer/documents/document-files.ts: the family font in the page, the PDF and the Word file),
 * then read back by tools the project did not write: poppler for the PDF, LibreOffice for Word.
 *
 * For each: every font in both PDFs embedded and the family font used; no word past the right
 * margin; no word broken inside a table cell; and the PDF says what the Word file says.
 * The page images are written to $DOCUMENT_CHECK_IMAGES when it is set, to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { briefingDocument } from '../../../shared/briefing/document';
import { invitationLetter } from '../../../shared/documents/invitation/letter';
import type { Run, TeamDocument } from '../../../shared/documents/model';
import { minutesContent } from '../../../shared/minutes/content';
import { minutesExport, type MinutesExportKind } from '../../../shared/minutes/export';
import { agendaDocument, meetingPackDocument } from '../../../shared/minutes/meeting-documents';
import { newMinutesRow } from '../../../shared/minutes/workflow';
import { documentDocx, documentPdf } from '../../../renderer/documents/document-files';
import { filledBody } from '../briefings/fixtures';
import { letterInput } from '../invitations/fixtures';
import { wordText } from '../invitations/read-back';
import { actions, agreedRow, agreement, area, CHAIR, family, ids, input, meeting, more, record, reports } from '../minutes/fixtures';
import { distance } from '../distance/fixtures';
import { launchChromium, printHtml } from './chromium';
import { pdfFonts, pdfPageTexts } from './pdf-tools';

const LONG_NAME = 'Oluwaseun Adebayo-Montgomery-Fitzwilliam';
const LONG_NOTE = 'Everyone talked about the mornings, the walk to school, the bus pass that has not come yet, '
  + 'the evenings when the flat is noisy, and what would make bedtime calmer. '.repeat(6);

/** Many actions, with long words and dates, so the action table runs over more than one page. */
const manyActions = [
  ...actions,
  ...Array.from({ length: 14 }, (_, i) => ({
    ...actions[1]!,
    id: `action-long-${String(i).padStart(2, '0')}`,
    what: `Arrange a multidisciplinary conversation about communication-difficulties and safeguarding arrangements, part ${i + 1}`,
    ownerName: LONG_NAME,
    dueDate: `2027-0${(i % 9) + 1}-2${i % 8}`,
    howWeWillKnow: 'Confirmation in writing to Siobhán and the teacher responsible for attendance',
  })),
];

const awkwardRecord = record({
  attendees: [
    ...record().attendees,
    { id: 'prac-long-001', kind: 'practitioner', name: LONG_NAME, role: 'Educational psychologist', agency: 'Kirkby Educational Psychology Service', attendance: 'attended', joinedOnTheDay: false },
  ],
  itemNotes: [
    { itemId: 'item-welcome', notes: LONG_NOTE, secondsTaken: 0, runningSince: null },
    { itemId: 'item-review', notes: 'Siobhán said the new routine is helping.', secondsTaken: 0, runningSince: null },
  ],
});

const minutesInput = input({ record: awkwardRecord, actions: manyActions, distance });
const content = minutesContent(minutesInput);
const row = newMinutesRow({ id: 'minutes-0001', familyId: ids.family, meetingId: more.meeting, at: '2026-11-23T18:00:00.000Z', by: CHAIR });
const nurse = { id: more.nurse, kind: 'practitioner' as const, name: 'Ștefan Rădulescu', role: 'School nurse', agency: 'Kirkby Community Health' };
const mum = { id: ids.mum, kind: 'family-member' as const, name: 'Siobhán Ó Súilleabháin', role: 'Mum', agency: '' };

function minutesDoc(document: MinutesExportKind, recipient: typeof nurse | typeof mum, childId?: string): TeamDocument {
  // A child's letter is made only from agreed minutes; the others are drafts, to check the DRAFT marking too.
  return minutesExport({ document, row: document === 'child-letter' ? agreedRow(content) : row, live: content, family: family(), agreement: agreement(), recipient, createdAt: '2026-11-23T18:20:00.000Z', ...(childId ? { childId } : {}) });
}

const meetingInput = { family: family(), meeting: meeting(), area, chair: { name: CHAIR, role: 'Family support worker' }, reports, recipient: null };

const documents: Record<string, () => TeamDocument> = {
  minutes: () => minutesDoc('minutes', nurse),
  'family version': () => minutesDoc('family-version', mum),
  'child letter': () => minutesDoc('child-letter', mum, ids.amir),
  'review copy': () => minutesDoc('review-copy', mum),
  'action plan': () => minutesDoc('action-plan', nurse),
  agenda: () => agendaDocument(meetingInput, { createdAt: '2026-11-20T09:00:00.000Z' }),
  'meeting pack': () => meetingPackDocument(meetingInput, { createdAt: '2026-11-20T09:00:00.000Z' }),
  'invitation letter to Dad': () => invitationLetter(letterInput(ids.dad), { today: '2026-11-20', createdAt: '2026-11-20T09:00:00.000Z' }),
  'invitation letter to Mum': () => invitationLetter(letterInput(ids.mum), { today: '2026-11-20', createdAt: '2026-11-20T09:00:00.000Z' }),
  'invitation letter to a child': () => invitationLetter(letterInput(ids.amir), { today: '2026-11-20', createdAt: '2026-11-20T09:00:00.000Z' }),
  briefing: () => briefingDocument(filledBody(), { marking: 'OFFICIAL-SENSITIVE', createdAt: '2026-11-20T09:00:00.000Z' }),
};

interface Checked {
  doc: TeamDocument;
  pdf: Uint8Array;
  /** LibreOffice's PDF of the Word file. */
  wordPdf: Uint8Array;
  word: string;
}

const A4_WIDTH_PT = 595.28;
const RIGHT_MARGIN_PT = (20 * 72) / 25.4;

let dir: string;
let browser: Browser;
const checked: Record<string, Checked> = {};

function tool(name: string, args: string[]): string {
  return execFileSync(name, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

interface Word {
  text: string;
  xMax: number;
  /** Inside the page's margins: not the marking, warning or page number drawn in them. */
  body: boolean;
}

const MARGIN_PT = (25 * 72) / 25.4 - 3;
const A4_HEIGHT_PT = 841.89;

/** Every word drawn, in the order drawn, and where, from pdftotext -raw -bbox. */
function words(pdf: Uint8Array, name: string): Word[] {
  const path = join(dir, `${name}.bbox.pdf`);
  writeFileSync(path, pdf);
  const html = tool('pdftotext', ['-raw', '-bbox', '-enc', 'UTF-8', path, '-']);
  return [...html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
    .map((m) => ({
      xMax: Number(m[2]),
      text: decode(m[4] ?? ''),
      body: Number(m[1]) >= MARGIN_PT && Number(m[3]) <= A4_HEIGHT_PT - MARGIN_PT,
    }));
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The embedded column of pdffonts, one row per font, and the names. */
function fonts(pdf: Uint8Array): { name: string; embedded: boolean }[] {
  return pdfFonts(pdf).split('\n').slice(2).filter((l) => l.trim() !== '').map((line) => {
    const cells = line.trim().split(/\s+/);
    // name type [encoding words] emb sub uni object ID: emb is the 5th column from the end.
    return { name: cells[0] ?? '', embedded: cells.at(-5) === 'yes' };
  });
}

/** The words of every table cell, Latin letters only (right-to-left words are drawn in another order). */
function tableWords(doc: TeamDocument): string[] {
  const cellText = (cell: readonly Run[]) => cell.map((r) => r.text).join('');
  const all = doc.blocks.flatMap((b) => (b.kind === 'table' ? [...b.header, ...b.rows.flat()].map(cellText) : []));
  return [...new Set(all.flatMap((t) => t.split(/[^\p{Script=Latin}]+/u)).filter((w) => w.length >= 4))];
}

const letters = (s: string) => s.normalize('NFC').replace(/[^\p{L}\p{N}]/gu, '');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'team-around-check-'));
  browser = await launchChromium();
  const print = async ({ html }: { html: string }) => ({ status: 'printed' as const, data: new Uint8Array(await printHtml(browser, html)) });
  for (const [name, make] of Object.entries(documents)) {
    const doc = make();
    const pdf = await documentPdf(doc, print);
    if (!(pdf instanceof Uint8Array)) throw new Error(pdf.failed);
    const docx = await documentDocx(doc);
    writeFileSync(join(dir, `${name.replace(/ /g, '-')}.docx`), docx);
    checked[name] = { doc, pdf, wordPdf: new Uint8Array(), word: await wordText(docx) };
  }
  // One LibreOffice run for every Word file, with a profile of its own.
  tool('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir,
    ...Object.keys(documents).map((name) => join(dir, `${name.replace(/ /g, '-')}.docx`))]);
  for (const name of Object.keys(documents)) {
    const c = checked[name]!;
    c.wordPdf = new Uint8Array(readFileSync(join(dir, `${name.replace(/ /g, '-')}.pdf`)));
    const images = process.env.DOCUMENT_CHECK_IMAGES;
    if (images) {
      mkdirSync(images, { recursive: true });
      for (const [suffix, bytes] of [['pdf', c.pdf], ['word', c.wordPdf]] as const) {
        const file = join(images, `${name.replace(/ /g, '-')}-${suffix}.pdf`);
        writeFileSync(file, bytes);
        tool('pdftoppm', ['-png', '-r', '60', file, file.replace(/\.pdf$/, '')]);
      }
    }
  }
}, 600_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.each(Object.keys(documents))('the %s', (name) => {
  it('embeds every font, and uses the family font, in the PDF and in LibreOffice’s reading of the Word file', () => {
    const c = checked[name]!;
    for (const pdf of [c.pdf, c.wordPdf]) {
      const list = fonts(pdf);
      expect(list.length).toBeGreaterThan(0);
      expect(list.filter((f) => !f.embedded).map((f) => f.name)).toEqual([]);
      expect(list.some((f) => f.name.includes('AtkinsonHyperlegible'))).toBe(true);
    }
  });

  it('has no word past the right margin', () => {
    const c = checked[name]!;
    for (const [label, pdf] of [['pdf', c.pdf], ['word', c.wordPdf]] as const) {
      const past = words(pdf, `${name}-${label}`).filter((w) => w.xMax > A4_WIDTH_PT - RIGHT_MARGIN_PT + 1).map((w) => w.text);
      expect(past, label).toEqual([]);
    }
  });

  it('breaks no word inside a table cell', () => {
    const c = checked[name]!;
    const expected = tableWords(c.doc);
    for (const [label, pdf] of [['pdf', c.pdf], ['word', c.wordPdf]] as const) {
      const drawn = new Set(words(pdf, `${name}-${label}`).flatMap((w) => w.text.split(/[^\p{Script=Latin}]+/u)));
      expect(expected.filter((w) => !drawn.has(w)), label).toEqual([]);
    }
  });

  it('keeps each table’s caption whole on one page, in the PDF', () => {
    const c = checked[name]!;
    const pages = pdfPageTexts(c.pdf).map(letters);
    const captions = c.doc.blocks.flatMap((b) => (b.kind === 'table' ? [letters(b.caption)] : []));
    expect(captions.filter((caption) => !pages.some((page) => page.includes(caption)))).toEqual([]);
  });

  it('says in the PDF what the Word file says', () => {
    const c = checked[name]!;
    const pdfText = letters(words(c.pdf, `${name}-text`).filter((w) => w.body).map((w) => w.text).join(''));
    const missing = c.word.split('\n').map(letters).filter((line) => line !== '' && !/\p{Script=Arabic}/u.test(line) && !pdfText.includes(line));
    expect(missing).toEqual([]);
  });
});

describe('the review copy, read back', () => {
  // The family ticks an answer under each question: the question and its boxes on one page, so no box is missed.
  const count = (page: string, text: string) => page.split(letters(text)).length - 1;
  it('keeps each question with all its tick boxes on one page, in the PDF and in LibreOffice’s reading of the Word file', () => {
    const c = checked['review copy']!;
    for (const [label, pdf] of [['pdf', c.pdf], ['word', c.wordPdf]] as const) {
      const pages = pdfPageTexts(pdf).map(letters);
      const split = pages.flatMap((page, i) =>
        count(page, 'Is this part right?') === count(page, 'Something is wrong here') && count(page, 'Yes, I agree') === count(page, 'No, I do not agree') ? [] : [i + 1],
      );
      expect(pages.reduce((n, page) => n + count(page, 'Is this part right?'), 0), label).toBeGreaterThan(5);
      expect(split, `${label}: pages where a question and its boxes part`).toEqual([]);
    }
  });
});

describe('the child letter, read back', () => {
  it('says on every page, at the foot, who it is for, and carries no protective marking and no DRAFT, in the PDF and in LibreOffice’s reading of the Word file', () => {
    const c = checked['child letter']!;
    for (const [label, pdf] of [['pdf', c.pdf], ['word', c.wordPdf]] as const) {
      const pages = pdfPageTexts(pdf);
      expect(pages.length, label).toBeGreaterThan(0);
      pages.forEach((text, i) => {
        const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
        expect(lines.filter((l) => l.includes('Private: for Amir and their family')), `${label} page ${i + 1}`).toHaveLength(1);
        // At the foot: nothing but the page number comes after it.
        expect(lines.slice(lines.findIndex((l) => l.includes('Private: for Amir'))).join(' ').replace('Private: for Amir and their family', '').trim(), `${label} page ${i + 1}`).toMatch(/^(Page \d+ of \d+)?$/);
        expect(text, `${label} page ${i + 1}`).not.toContain('OFFICIAL');
        expect(text, `${label} page ${i + 1}`).not.toContain('DRAFT');
      });
    }
  });

  it('says once, above the child’s words, that they are their own words', () => {
    const c = checked['child letter']!;
    for (const [label, pdf] of [['pdf', c.pdf], ['word', c.wordPdf]] as const) {
      const text = pdfPageTexts(pdf).join('\n').replace(/\s+/g, ' ');
      expect(text.match(/own words/g), label).toHaveLength(1);
      expect(text, label).toContain('This is what you said, in your own words:');
    }
    expect(c.word.match(/own words/g)).toHaveLength(1);
  });
});
