import { describe, expect, it } from 'vitest';
import { dataUrl, bytesToBase64 } from '../../../shared/bytes';
import { documentOf, h1, image, li, p, table, ul } from '../../../shared/documents/builders';
import { imageSize } from '../../../shared/documents/image-size';
import { defaultLayout, fillTemplate, pageLabel, pageWords, parseLayout, templateParts } from '../../../shared/documents/layout';
import { parseDocument } from '../../../shared/documents/model';
import { cleanLine, cleanText } from '../../../shared/documents/sanitise';
import { makePng } from './png';
import { NAMES, sampleDocument } from './sample';

describe('document model', () => {
  it('fills the defaults: OFFICIAL-SENSITIVE, en-GB, not a draft', () => {
    const doc = documentOf({ title: 'Agenda' }, [h1('Agenda')]);
    expect(doc.metadata).toMatchObject({ marking: 'OFFICIAL-SENSITIVE', language: 'en-GB', draft: false, practice: false, largePrint: false, author: '' });
  });

  it('builds the sample, keeping names exactly as typed', () => {
    const doc = sampleDocument();
    expect(doc.metadata.title).toContain(NAMES[1]);
    expect(doc.blocks.length).toBeGreaterThan(10);
    const quotation = doc.blocks.find((b) => b.kind === 'quotation');
    expect(quotation).toMatchObject({ ownWords: true, speaker: NAMES[1] });
  });

  it('refuses an image without alt text', () => {
    expect(() => documentOf({ title: 'x' }, [image({ bytes: makePng(2, 2), mime: 'image/png', alt: '  ' })])).toThrow(/alt text/);
  });

  it('refuses image bytes that are not the stated type', () => {
    expect(() => documentOf({ title: 'x' }, [image({ bytes: makePng(2, 2), mime: 'image/jpeg', alt: 'A picture' })])).toThrow(/PNG or JPEG/);
    expect(() => documentOf({ title: 'x' }, [image({ bytes: new Uint8Array([1, 2, 3]), mime: 'image/png', alt: 'A picture' })])).toThrow();
  });

  it('refuses a table without a header row or with ragged rows', () => {
    expect(() => documentOf({ title: 'x' }, [table('Actions', [], [])])).toThrow(/header row/);
    expect(() => documentOf({ title: 'x' }, [table('Actions', ['A', 'B'], [['only one']])])).toThrow(/as many cells/);
    expect(() => documentOf({ title: 'x' }, [table('', ['A'], [['a']])])).toThrow(/caption/);
  });

  it('limits list nesting to three levels', () => {
    const deep = ul(li('1', li('2', li('3', li('4')))));
    expect(() => documentOf({ title: 'x' }, [deep])).toThrow(/3 levels/);
    expect(() => documentOf({ title: 'x' }, [ul(li('1', li('2', li('3'))))])).not.toThrow();
  });

  it('parses plain data (for example from IPC) the same way', () => {
    const doc = parseDocument({ metadata: { title: 'Invitation', draft: true }, blocks: [{ kind: 'paragraph', runs: [{ text: 'Hello' }] }] });
    expect(doc.metadata.draft).toBe(true);
    expect(doc.blocks[0]).toEqual(p('Hello'));
  });
});

describe('text cleaning', () => {
  it('removes C0 controls (except tab and newline), C1 controls and lone surrogates', () => {
    expect(cleanText('a\u0000b\u000Bc\u000Cd\u001Fe\u007Ff\u0085g\uFFFE')).toBe('abcdefg');
    expect(cleanText('x\uD800y\uDC00z')).toBe('xyz');
    expect(cleanText('tab\there\r\nnext\rline')).toBe('tab\there\nnext\nline');
  });

  it('keeps real names, emoji and bidi text', () => {
    for (const name of [...NAMES, 'Llŷr Gruffydd', 'Zoë 👩‍👧', 'e\u0301']) expect(cleanText(name)).toBe(name);
  });

  it('makes single lines for headers and metadata', () => {
    expect(cleanLine('  two\nlines\tand tab ')).toBe('two lines and tab');
  });
});

describe('base64 and image size', () => {
  it('matches Node for every remainder length', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 255, 256, 1000]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + 11) & 255);
      expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
    expect(dataUrl('image/png', new Uint8Array([1, 2]))).toBe('data:image/png;base64,AQI=');
  });

  it('reads PNG and JPEG sizes', () => {
    expect(imageSize(makePng(240, 160), 'image/png')).toEqual({ width: 240, height: 160 });
    // A minimal JPEG header: SOI, an APP0 segment, then SOF0 with height 20 and width 30.
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x14, 0x00, 0x1e, 0x01, 0x01, 0x11, 0x00]);
    expect(imageSize(jpeg, 'image/jpeg')).toEqual({ width: 30, height: 20 });
    expect(imageSize(jpeg, 'image/png')).toBeNull();
  });
});

describe('layout', () => {
  it('loads templates/documents/layout.json with the wording the brief asks for', () => {
    expect(defaultLayout.wording.draft).toBe('DRAFT - not yet agreed with the family');
    expect(defaultLayout.font.family).toBe('Atkinson Hyperlegible');
    expect(pageLabel(defaultLayout, 2, 7)).toBe('Page 2 of 7');
  });

  it('fills defaults for anything left out, and refuses bad values', () => {
    const layout = parseLayout({ wording: { draft: 'DRAFT' } });
    expect(layout.wording.draft).toBe('DRAFT');
    expect(layout.wording.pageLabel).toBe('Page {page} of {pages}');
    expect(layout.page.marginsMm.top).toBe(25);
    expect(() => parseLayout({ colours: { text: 'red' } })).toThrow();
    expect(() => parseLayout({ font: { family: 'x;}</style>' } })).toThrow();
  });

  it('fills placeholders once, leaving values alone', () => {
    expect(fillTemplate('{marking} - {title}', { marking: 'OFFICIAL', title: 'Plan for {page}' })).toBe('OFFICIAL - Plan for {page}');
    expect(fillTemplate('Page {page} of {unknown}', { page: 1 })).toBe('Page 1 of {unknown}');
    expect(templateParts('Page {page} of {pages}')).toEqual([{ text: 'Page ' }, { placeholder: 'page' }, { text: ' of ' }, { placeholder: 'pages' }]);
  });

  it('gives the page words for draft and practice documents', () => {
    const doc = documentOf({ title: 'Minutes', marking: 'OFFICIAL', draft: true, practice: true }, []);
    expect(pageWords(defaultLayout, doc.metadata)).toEqual({
      header: 'OFFICIAL',
      footer: 'OFFICIAL',
      warnings: ['DRAFT - not yet agreed with the family', defaultLayout.wording.practice],
    });
  });
});
