import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../../../shared/bytes';
import { documentOf, h2, quote } from '../../../shared/documents/builders';
import { renderHtml } from '../../../shared/documents/render-html';
import { hostileDocument } from './hostile';
import { makePng } from './png';
import { ALT_TEXT, CHILD_WORDS, NAMES, sampleDocument } from './sample';

const ALLOWED_TAGS = new Set([
  'html', 'head', 'meta', 'title', 'style', 'body', 'h1', 'h2', 'h3', 'p', 'strong', 'b', 'em', 'br', 'ul', 'ol', 'li',
  'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tr', 'th', 'td', 'figure', 'img', 'figcaption',
  'div', 'blockquote', 'cite',
]);
const ALLOWED_ATTRIBUTES = new Set(['lang', 'charset', 'http-equiv', 'content', 'name', 'scope', 'style', 'src', 'alt', 'class', 'role']);

/** Every start tag in the page, with its attribute names (values are double-quoted by the renderer). */
function tags(html: string): { name: string; attributes: string[] }[] {
  const body = html.replace(/<style>[\s\S]*?<\/style>/, '<style></style>');
  return [...body.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z-]+(?:="[^"]*")?)*)\s*\/?>/g)].map((m) => ({
    name: (m[1] ?? '').toLowerCase(),
    attributes: [...(m[2] ?? '').matchAll(/([a-zA-Z-]+)(?:="[^"]*")?/g)].map((a) => (a[1] ?? '').toLowerCase()),
  }));
}

describe('HTML rendering for print', () => {
  const html = renderHtml(sampleDocument(), { fonts: { regular: 'data:font/woff2;base64,AAAA', bold: 'app://bundle/fonts/bold.woff2' } });

  it('is a complete British English page with a title', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain(`<title>Team Around the Family meeting: minutes for ${NAMES[1]}</title>`);
    expect(html).toContain(`<meta name="author" content="${NAMES[0]}">`);
    expect(html).toContain('<meta charset="utf-8">');
  });

  it('uses semantic headings, lists, tables, figures and quotations', () => {
    expect(html).toContain('<h1>Team Around the Family meeting</h1>');
    expect(html).toContain('<h2>The child’s voice</h2>');
    expect(html).toContain('<h3>Actions</h3>');
    expect(html).toMatch(/<ul><li>Mum, <strong>Ana Rădulescu<\/strong><\/li><li>School<ul>/);
    expect(html).toContain('<ol><li>Ștefan is at school every day this term.</li>');
    expect(html).toContain('<caption>Actions agreed at the meeting</caption>');
    expect(html).toContain('<thead><tr><th scope="col">Action</th><th scope="col">Who</th><th scope="col">By when</th><th scope="col">Progress</th></tr></thead>');
    expect(html.match(/<tr>/g)).toHaveLength(61);
    expect(html).toContain(`<blockquote><p>${CHILD_WORDS}</p></blockquote>`);
    expect(html).toContain(`<p class="attribution"><cite>${NAMES[1]}</cite>, in their own words</p>`);
    expect(html).toContain('<div class="note important" role="note"><p class="note-title">Safeguarding comes first</p>');
    expect(html).toContain('<div class="page-break"></div>');
  });

  it('prints no line under the reader’s own words in a letter to them (the letter says it once, above them)', () => {
    const letter = renderHtml(documentOf({ kind: 'child-letter', title: 'A letter for Amir' }, [quote('I like football.', 'Amir', { ownWords: true, toReader: true }), quote('Help me sleep.', 'Amir', { ownWords: true, toReader: true })]));
    expect(letter).toContain('<div class="quotation"><blockquote><p>I like football.</p></blockquote></div>\n<div class="quotation"><blockquote><p>Help me sleep.</p></blockquote></div>');
    expect(letter).not.toContain('class="attribution"');
    expect(letter).not.toContain('own words');
  });

  it('embeds the image as a data: URL with its alt text', () => {
    const png = makePng(240, 160);
    expect(html).toContain(`<figure><img src="data:image/png;base64,${bytesToBase64(png)}" alt="${ALT_TEXT}" style="width:70.0mm"><figcaption>Ștefan’s drawing of home</figcaption></figure>`);
  });

  it('prints on A4 with no margin boxes, long words wrapped and table headers repeated', () => {
    expect(html).toContain('@page{size:A4;margin:25mm 20mm 25mm 20mm}');
    expect(html).not.toMatch(/@(top|bottom|left|right)-/);
    // Words wrap only between words; a word longer than the line is the only one broken.
    expect(html).toContain('overflow-wrap:break-word');
    expect(html).not.toContain('overflow-wrap:anywhere');
    expect(html).toContain('thead{display:table-header-group;break-inside:avoid;break-after:avoid}');
    expect(html).toContain('table:not(.stacked) tbody tr:first-child{break-before:avoid');
    expect(html).toContain('tr{break-inside:avoid');
    expect(html).toContain('font-family:"Atkinson Hyperlegible","Arial","Helvetica",sans-serif');
  });

  it('loads Atkinson Hyperlegible from the sources the caller gives, and allows only those', () => {
    expect(html).toContain('@font-face{font-family:"Atkinson Hyperlegible";src:url("data:font/woff2;base64,AAAA");font-weight:400;font-style:normal');
    expect(html).toContain('src:url("app://bundle/fonts/bold.woff2");font-weight:700');
    expect(html).toContain("font-src data: app://bundle;");
    expect(html).toContain('default-src &#39;none&#39;');
    expect(html).not.toContain('script-src');
  });

  it('moves the text down when both DRAFT and PRACTICE are drawn above it', () => {
    const both = renderHtml(documentOf({ title: 'Practice minutes', draft: true, practice: true }, [h2('Actions')]));
    expect(both).toContain('@page{size:A4;margin:28mm 20mm 25mm 20mm}');
  });

  it('uses the large size for the family version', () => {
    const family = renderHtml(documentOf({ title: 'Our plan', largePrint: true }, [h2('What we agreed')]));
    expect(family).toContain('font-size:16pt');
    expect(html).toContain('font-size:12pt');
  });
});

describe('HTML escaping', () => {
  const html = renderHtml(hostileDocument(), { fonts: { regular: 'x");}</style><script>window.pwned=3</script>' } });

  it('writes no element or attribute that the renderer did not choose', () => {
    for (const tag of tags(html)) {
      expect(ALLOWED_TAGS.has(tag.name), tag.name).toBe(true);
      for (const attribute of tag.attributes) expect(ALLOWED_ATTRIBUTES.has(attribute), `${tag.name} ${attribute}`).toBe(true);
    }
    expect(html).not.toMatch(/<script/i);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html.match(/<\/title>/g)).toHaveLength(1);
    expect(html.match(/<img /g)).toHaveLength(1);
  });

  it('shows the hostile text as text', () => {
    expect(html).toContain('&lt;script&gt;window.pwned=1&lt;/script&gt;&lt;img src=x onerror=&quot;window.pwned=2&quot;&gt;&quot;&#39;&amp;&lt;/title&gt;&lt;/style&gt;');
    expect(html).toContain('<cite>&lt;script&gt;');
    expect(html).toContain('alt="&lt;script&gt;');
  });

  it('keeps a hostile font URL inside its CSS string', () => {
    expect(html).toContain('src:url("x\\22 );}\\3c /style\\3e \\3c script\\3e window.pwned=3\\3c /script\\3e ")');
  });
});
