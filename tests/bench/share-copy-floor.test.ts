/**
 * The PDF copy row's floor prints the same words as the app's print page, as plain semantic HTML
 * with the app's page geometry and type size (as the PDF row's floor does), so both print about
 * the same number of pages; none of the app's classes, column widths or print stylesheet.
 */
import { describe, expect, it } from 'vitest';
import { defaultLayout } from '../../shared/documents/layout';
import { plainPage } from './paths/share-copy';

const APP_PAGE = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Minutes</title><style>
@font-face{font-family:"Atkinson Hyperlegible";src:url("data:font/ttf;base64,AAAA");font-weight:400}
@page{size:A4;margin:25mm 20mm}h1{font-size:1.6em}.quotation{border-left:4px solid}
</style></head><body>
<h1>Minutes</h1><p><strong>Copy for Róisín</strong></p>
<table><caption>Actions</caption><colgroup><col style="width:30%"></colgroup><thead><tr><th scope="col">Action</th></tr></thead>
<tbody><tr><td>Ring the school &amp; the GP</td></tr></tbody></table>
<div class="quotation"><blockquote><p>In their own words</p></blockquote></div><svg><text>chart</text></svg>
</body></html>`;

describe("the PDF copy row's floor page", () => {
  const floor = plainPage(APP_PAGE);

  it('keeps the words, headings, lists and tables without attributes', () => {
    expect(floor).toContain('<h1>Minutes</h1><p><strong>Copy for Róisín</strong></p>');
    expect(floor).toContain('<table><caption>Actions</caption><thead><tr><th>Action</th></tr></thead>');
    expect(floor).toContain('<td>Ring the school &amp; the GP</td>');
    expect(floor).toContain('<blockquote><p>In their own words</p></blockquote>');
    expect(floor).not.toMatch(/class=|style="|scope=|<col|<div|<svg|chart/);
  });

  it('embeds the same font and sets only the app’s page geometry and type size', () => {
    expect(floor).toContain('@font-face{font-family:"Atkinson Hyperlegible";src:url("data:font/ttf;base64,AAAA");font-weight:400}');
    const m = defaultLayout.page.marginsMm;
    expect(floor).toContain(`@page{size:A4;margin:${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm}`);
    expect(floor).toContain(`font:${defaultLayout.font.baseSizePt}pt/${defaultLayout.font.lineHeight} "Atkinson Hyperlegible"`);
    expect(floor).not.toContain('.quotation');
  });
});
