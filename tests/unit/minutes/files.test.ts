/**
 * The minutes as files, read back: Word through mammoth and its XML, PDF through Debian's Chromium
 * (the same tagged print as Electron's printToPDF), post-processed, then poppler and pdf-lib.
 * DRAFT on every page until the family agrees, and not after; Word and PDF say the same; names
 * in Irish, Romanian and Arabic exact; Dad's copy has none of Mum's details; a correction is a
 * new version that says what it corrects, and the earlier one still reads as it was.
 */
import type { Browser } from '@playwright/test';
import JSZip from 'jszip';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeamDocument } from '../../../shared/documents/model';
import { postProcessPdf } from '../../../shared/documents/pdf-post';
import { renderDocx } from '../../../shared/documents/render-docx';
import { renderHtml } from '../../../shared/documents/render-html';
import type { MinutesRow, RecipientRef } from '../../../shared/domain/minutes';
import { SCALE_ENDS } from '../../../shared/domain/scaling-scale';
import { minutesContent } from '../../../shared/minutes/content';
import { minutesExport, type MinutesExportKind } from '../../../shared/minutes/export';
import { correct, finalise, newMinutesRow, recordFamilyResponse, sendToFamily } from '../../../shared/minutes/workflow';
import { launchChromium, printHtml } from '../documents/chromium';
import { atkinsonFonts } from '../documents/fonts';
import { pdfInfo, pdfPageTexts, pdfXmp } from '../documents/pdf-tools';
import { allDocxXml, squash, wordText } from '../invitations/read-back';
import { agreement, AMIR_WORDS, CHAIR, DAD, family, ids, input, more, MUM, MUM_SECRETS, NURSE, record } from './fixtures';

const MARKING = 'OFFICIAL-SENSITIVE';
const DRAFT = 'DRAFT - not yet agreed with the family';
const fonts = atkinsonFonts();

const mum: RecipientRef = { id: ids.mum, kind: 'family-member', name: MUM, role: 'Mum', agency: '' };
const dad: RecipientRef = { id: ids.dad, kind: 'family-member', name: DAD, role: 'Dad', agency: '' };
const nurse: RecipientRef = { id: more.nurse, kind: 'practitioner', name: NURSE, role: 'School nurse', agency: 'Kirkby Community Health' };

const content = minutesContent(input());
const must = <T,>(r: { ok: true; row: T } | { ok: false; message: string }): T => {
  if (!r.ok) throw new Error(r.message);
  return r.row;
};

const drafted = newMinutesRow({ id: 'minutes-0001', familyId: ids.family, meetingId: more.meeting, at: '2026-11-23T18:00:00.000Z', by: CHAIR });
const sent = must(sendToFamily(drafted, content, { at: '2026-11-23T18:05:00.000Z', by: CHAIR }));
// Both parents have parental responsibility and were invited: under the default rule the minutes
// count as agreed once both have answered, and Dad's disagreement is printed in his words.
const mumAgreed = must(recordFamilyResponse(sent, { id: 'response-0001', kind: 'agreed-with-changes', words: 'Please say I asked for help with the forms.', how: 'in-person-on-laptop', givenBy: { personId: ids.mum, name: MUM }, givenOn: '2026-11-23', recordedAt: '2026-11-23T18:10:00.000Z', recordedBy: CHAIR }));
const DAD_WORDS = 'I was not told about the meeting in time.';
const bothAnswered = must(recordFamilyResponse(mumAgreed, { id: 'response-0002', kind: 'disagrees', words: DAD_WORDS, how: 'phone', givenBy: { personId: ids.dad, name: DAD }, givenOn: '2026-11-24', recordedAt: '2026-11-24T09:00:00.000Z', recordedBy: CHAIR }));
const final = must(finalise(bothAnswered, minutesContent(input({ minutes: { version: 1, distribution: [], earlierResponses: [], amendments: [], responses: bothAnswered.responses } })), { at: '2026-11-24T09:15:00.000Z', by: CHAIR }));

function file(document: MinutesExportKind, row: MinutesRow, recipient: RecipientRef, live = content): TeamDocument {
  return minutesExport({ document, row, live, family: family(), agreement: agreement(), recipient, createdAt: '2026-11-23T18:20:00.000Z' });
}

interface Printed {
  doc: TeamDocument;
  pdf: Uint8Array;
  pages: string[];
  word: string;
  docx: Uint8Array;
}

let browser: Browser;
async function print(doc: TeamDocument): Promise<Printed> {
  const pdf = await postProcessPdf(await printHtml(browser, renderHtml(doc, { fonts })), { metadata: doc.metadata });
  const docx = await renderDocx(doc);
  return { doc, pdf, pages: pdfPageTexts(pdf), word: await wordText(docx), docx };
}

const printed: Record<string, Printed> = {};

beforeAll(async () => {
  browser = await launchChromium();
  printed.draft = await print(file('minutes', sent, nurse));
  printed.mumOnly = await print(file('minutes', mumAgreed, nurse, minutesContent(input({ minutes: { version: 1, distribution: [], earlierResponses: [], amendments: [], responses: mumAgreed.responses } }))));
  printed.final = await print(file('minutes', final, nurse));
  printed.dadFamily = await print(file('family-version', sent, dad));
  printed.reviewCopy = await print(file('review-copy', sent, mum));
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

/**
 * pdftotext -raw gives a run of right-to-left words in the order they are drawn (the last word
 * first), each word's letters in reading order; the Word text has them in reading order.
 */
function drawnOrder(text: string): string {
  return text.replace(/[\u0600-\u06FF]+(?:[ \u00A0]+[\u0600-\u06FF]+)+/g, (run) => run.split(/[ \u00A0]+/).reverse().join(' '));
}

/** The page text less the lines pdf-post drew (marking, warnings, page label). */
function bodyOf(pageText: string): string {
  return pageText.split('\n').filter((line) => {
    const l = line.trim();
    return l !== MARKING && l !== DRAFT && !/^(OFFICIAL-SENSITIVE )?Page \d+ of \d+$/.test(l);
  }).join('\n');
}

describe('Word', () => {
  it('has real headings with outline levels, tables with repeated header rows, and the picture’s description', async () => {
    const zip = await JSZip.loadAsync(printed.final!.docx);
    const documentXml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    for (const level of [1, 2, 3]) {
      expect(new RegExp(`<w:style w:type="paragraph" w:styleId="Heading${level}">.*?<w:outlineLvl w:val="${level - 1}"/>`).test(styles)).toBe(true);
    }
    expect(documentXml.match(/<w:pStyle w:val="Heading2"\/>/g)).toHaveLength(18);
    const tables = documentXml.match(/<w:tbl>/g)?.length ?? 0;
    expect(tables).toBe(4);
    expect(documentXml.match(/<w:tblHeader\/>/g)).toHaveLength(tables);
    expect(documentXml).toContain('descr="Amir and Dad playing football in the park"');
  });

  it('carries the marking in header and footer, and DRAFT in the header only until the family agrees', async () => {
    const draftXml = await allDocxXml(printed.draft!.docx);
    const finalXml = await allDocxXml(printed.final!.docx);
    expect(draftXml).toContain(DRAFT);
    expect(finalXml).not.toContain('DRAFT');
    const header = (await (await JSZip.loadAsync(printed.final!.docx)).file('word/header1.xml')?.async('string')) ?? '';
    expect(header).toContain(MARKING);
    expect(finalXml).toContain('<dc:language>en-GB</dc:language>');
  });
});

describe('scaling in the files', () => {
  it('labels both ends of the scale in the Word minutes, the family’s version and the PDF', () => {
    for (const key of ['draft', 'dadFamily'] as const) {
      expect(squash(printed[key]!.word)).toContain(squash(SCALE_ENDS));
      expect(squash(printed[key]!.pages.join(' '))).toContain(squash(SCALE_ENDS));
    }
  });
});

describe('PDF', () => {
  it('is tagged, with the structure tree, an outline, /Lang en-GB and the metadata', async () => {
    const info = pdfInfo(printed.final!.pdf);
    expect(info.Tagged).toBe('yes');
    expect(info.Title).toBe('Minutes: Team Around the Family review meeting');
    expect(info.Author).toBe(CHAIR);
    expect(info.Subject).toBe('Minutes: Team Around the Family review meeting on 23 November 2026');
    expect(pdfXmp(printed.final!.pdf)).toContain('<rdf:li>en-GB</rdf:li>');
    const pdf = await PDFDocument.load(printed.final!.pdf, { updateMetadata: false });
    expect(pdf.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict)).toBeDefined();
    expect(pdf.catalog.get(PDFName.of('Outlines'))).toBeDefined();
    expect(pdf.catalog.get(PDFName.of('Lang'))?.toString()).toBe('(en-GB)');
  });

  it('says DRAFT on every page until the family has agreed, with the marking and page numbers', () => {
    // mumOnly: Mum has agreed, Dad (also invited, also with parental responsibility) has not answered yet.
    for (const key of ['draft', 'mumOnly', 'dadFamily', 'reviewCopy']) {
      const pages = printed[key]!.pages;
      expect(pages.length, key).toBeGreaterThan(1);
      pages.forEach((text, i) => {
        expect(text, `${key} page ${i + 1}`).toContain(DRAFT);
        expect(text.match(new RegExp(MARKING, 'g'))?.length, `${key} page ${i + 1}`).toBe(2);
        expect(text, `${key} page ${i + 1}`).toContain(`Page ${i + 1} of ${pages.length}`);
      });
    }
  });

  it('and not once the area’s rule says the minutes are agreed (both parents have answered)', () => {
    const pages = printed.final!.pages;
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((text, i) => {
      expect(text).not.toContain('DRAFT');
      expect(text).toContain(`Page ${i + 1} of ${pages.length}`);
    });
  });

  it('the final minutes print each parent’s words from their answer, the disagreement included', () => {
    const text = squash(printed.final!.pages.join(''));
    expect(text).toContain(squash('Please say I asked for help with the forms.'));
    expect(text).toContain(squash(DAD_WORDS));
    expect(squash(printed.mumOnly!.pages.join(''))).not.toContain(squash(DAD_WORDS));
  });
});

describe('Word and PDF say the same', () => {
  it.each(['draft', 'final', 'dadFamily'])('%s: every Word paragraph is in the PDF, and nothing else is', (key) => {
    const p = printed[key]!;
    const paragraphs = p.word.split(/\n+/).map((t) => squash(drawnOrder(t))).filter((t) => t !== '');
    expect(paragraphs.length).toBeGreaterThan(40);
    const pdfBody = squash(p.pages.map(bodyOf).join('\n'));
    for (const paragraph of paragraphs) expect(pdfBody, paragraph).toContain(paragraph);
    let rest = pdfBody;
    for (const paragraph of [...paragraphs].sort((a, b) => b.length - a.length)) rest = rest.split(paragraph).join('');
    expect(rest).toMatch(/^[0-9.•◦▪]*$/);
  });
});

describe('names come through exactly', () => {
  it.each([MUM, DAD, NURSE, 'Ó Súilleabháin', 'Ștefan', 'محمد', AMIR_WORDS])('%s in Word and PDF', (name) => {
    expect(printed.final!.word).toContain(name);
    expect(squash(printed.final!.pages.join('\n'))).toContain(squash(drawnOrder(name)));
    expect(renderHtml(printed.final!.doc)).toContain(name);
  });
});

describe("Dad's copy", () => {
  it('holds none of Mum’s details in the PDF text or any byte of the PDF', () => {
    const text = squash(printed.dadFamily!.pages.join('\n')).toLowerCase();
    const bytes = Buffer.from(printed.dadFamily!.pdf).toString('latin1').toLowerCase();
    for (const secret of MUM_SECRETS) {
      expect(text).not.toContain(squash(secret).toLowerCase());
      expect(bytes).not.toContain(secret.toLowerCase());
    }
    expect(printed.dadFamily!.pages.join('\n')).toContain('(not shown in this copy)');
  });

  it('while the copy for the school nurse keeps what Mum told the meeting', () => {
    expect(squash(printed.draft!.pages.join('\n'))).toContain(squash('12 Elm Road, Flat 3, LS1 4AP'));
  });
});

describe('version history after a correction', () => {
  it('the new version says what it corrects and why; the earlier version still reads exactly as agreed', async () => {
    const result = correct(final, { newId: 'minutes-0002', reason: 'The next review is on 25 January, not 18 January', at: '2026-11-24T09:00:00.000Z', by: CHAIR });
    if (!result.ok) throw new Error(result.message);
    const corrected = minutesContent(input({
      record: record({ outcome: { ...record().outcome, nextReviewDate: '2027-01-25' } }),
      minutes: { version: 2, distribution: [], responses: [], earlierResponses: result.next.earlierResponses, amendments: [] },
    }));
    const v2 = await wordText(await renderDocx(file('minutes', result.next, nurse, corrected)));
    expect(v2).toContain('This is version 2. It corrects version 1 because: The next review is on 25 January, not 18 January');
    expect(v2).toContain('The next review meeting is on Monday 25 January 2027 at 4pm.');
    expect(v2).toContain('About version 1:');
    expect(v2).toContain('Please say I asked for help with the forms.');
    const v2Draft = await allDocxXml(await renderDocx(file('minutes', result.next, nurse, corrected)));
    expect(v2Draft).toContain(DRAFT);

    const v1 = await wordText(await renderDocx(file('minutes', result.previous, nurse, corrected)));
    expect(v1).toContain('The next review meeting is on Monday 18 January 2027 at 4pm.');
    expect(v1).not.toContain('25 January 2027');
    expect(v1).toBe(printed.final!.word);
  });
});
