/**
 * Distance travelled in the minutes and the family's version, read back from the Word file: the
 * trend in words, the key, the table of scores and the action counts, and a real PNG of the chart
 * (drawn from the same numbers) with the trend as its alt text. The printed page draws the chart
 * as SVG from the same numbers.
 */
import JSZip from 'jszip';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chartKey } from '../../../shared/documents/chart';
import { encodeIndexedPng } from '../../../shared/documents/png-encode';
import { renderDocx } from '../../../shared/documents/render-docx';
import { renderHtml } from '../../../shared/documents/render-html';
import { minutesContent } from '../../../shared/minutes/content';
import { squash, wordText } from '../invitations/read-back';
import { input } from '../minutes/fixtures';
import { chartDocument, chartDocuments, EXPECTED_LINES, EXPECTED_ROWS, nurse } from './chart-documents';
import { distance } from './fixtures';

function pngPixels(png: Uint8Array): { width: number; height: number; pixels: Buffer } {
  const view = new DataView(png.buffer, png.byteOffset);
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    if (type === 'IDAT') idat.push(Buffer.from(png.subarray(at + 8, at + 8 + length)));
    at += 12 + length;
  }
  return { width: view.getUint32(16), height: view.getUint32(20), pixels: inflateSync(Buffer.concat(idat)) };
}

describe('distance travelled in the minutes', () => {
  it.each(chartDocuments)('the %s read back from Word says the trend, the key, the scores and the action counts', async (kind, recipient) => {
    const doc = chartDocument(kind, recipient);
    const docx = await renderDocx(doc);
    const text = await wordText(docx);
    const lines = text.split('\n').map((l) => l.trim());
    for (const line of EXPECTED_LINES) expect(lines).toContain(line);
    const flat = squash(text);
    for (const cells of EXPECTED_ROWS) expect(flat).toContain(squash(cells.join('\n\n')));
    expect(text).toContain(kind === 'family-version' ? 'How things have changed since the first meeting' : 'Distance travelled since the plan began');

    const zip = await JSZip.loadAsync(docx);
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    const pngs = await Promise.all(media.map(async (f) => new Uint8Array(await zip.file(f)!.async('uint8array'))));
    const chartPng = pngs.map(pngPixels).find((p) => p.width === 960);
    expect(chartPng?.height).toBe(480);
    expect(chartPng?.pixels.length).toBe((960 + 1) * 480);
    const documentXml = await zip.file('word/document.xml')!.async('string');
    expect(documentXml).toContain('descr="Scaling went up from 3 at the first meeting on 2 March 2026 to 6 on 1 June 2026');
    // The picture's paragraph has automatic line spacing: the body's fixed line height clips a picture to one line in LibreOffice.
    const pictureParagraph = documentXml.split('</w:p>').find((para) => para.includes('<w:drawing>'));
    expect(pictureParagraph).toContain('w:lineRule="auto"');
  });

  it('draws the chart as SVG on the printed page, named by its caption and described by the trend', () => {
    const html = renderHtml(chartDocument('minutes', nurse));
    const svg = /<svg class="chart" role="img"[^>]*><title>([^<]*)<\/title><desc>([^<]*)<\/desc>/.exec(html);
    expect(svg?.[1]).toMatch(/^Scaling at each meeting: /);
    expect(svg?.[2]).toBe('Scaling went up from 3 at the first meeting on 2 March 2026 to 6 on 1 June 2026 (the average of everyone’s scores).');
    expect(html.match(/<polyline /g)).toHaveLength(2); // Mum and the nurse; Gran scored once, a point with no line
  });

  it('leaves the chart out of a first meeting’s minutes', () => {
    const first = minutesContent(input({ distance: { ...distance, meetings: distance.meetings.slice(0, 1), scaling: [], actions: [] } }));
    expect(JSON.stringify(first)).not.toContain('Distance travelled');
  });

  it('says in the key which line is whom, by colour, dash and marker', () => {
    expect(chartKey({ categories: ['a', 'b'], yMin: 0, yMax: 10, series: [{ name: 'Mum', values: [1, 2] }, { name: 'Dad', values: [2, 3] }] }))
      .toBe('Key: blue solid line with circles: Mum; red dashed line with squares: Dad. Along the bottom, 1 is a, 2 is b.');
  });

  it('encodes a PNG that zlib reads back byte for byte', () => {
    const pixels = new Uint8Array(300 * 7).map((_, i) => (i % 97 < 60 ? 0 : (i % 3) + 1));
    const { width, height, pixels: raw } = pngPixels(encodeIndexedPng(300, 7, [[255, 255, 255], [0, 0, 0], [255, 0, 0], [0, 0, 255]], pixels));
    expect([width, height]).toEqual([300, 7]);
    const rows = Array.from({ length: 7 }, (_, y) => [...raw.subarray(y * 301 + 1, (y + 1) * 301)]).flat();
    expect(rows).toEqual([...pixels]);
  });
});
