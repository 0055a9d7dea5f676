import JSZip from 'jszip';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentOf, h1, p } from '../../../shared/documents/builders';
import { renderDocx } from '../../../shared/documents/render-docx';
import { ALT_TEXT, CHILD_WORDS, NAMES, sampleDocument } from './sample';

// Characters XML 1.0 refuses, and lone surrogates (which UTF-8 cannot even encode).
// eslint-disable-next-line no-control-regex
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

async function partsOf(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'))) {
    parts.set(name, await zip.file(name)?.async('string') ?? '');
  }
  return parts;
}

function part(parts: Map<string, string>, name: string): string {
  const xml = parts.get(name);
  if (xml === undefined) throw new Error(`${name} is missing`);
  return xml;
}

describe('Word rendering of the sample minutes', () => {
  let bytes: Uint8Array;
  let parts: Map<string, string>;
  let text: string;
  let html: string;

  beforeAll(async () => {
    bytes = await renderDocx(sampleDocument(), { now: new Date('2027-02-15T09:00:00Z') });
    parts = await partsOf(bytes);
    text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    const converted = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    html = converted.value;
    expect(converted.messages.filter((m) => m.type === 'error')).toEqual([]);
  });

  it('is a zip that starts with PK and holds the Word parts', () => {
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
    for (const name of ['word/document.xml', 'word/styles.xml', 'word/header1.xml', 'word/footer1.xml', 'docProps/core.xml']) expect(parts.has(name)).toBe(true);
  });

  it('carries the body text, Unicode names exactly', () => {
    for (const name of NAMES) expect(text).toContain(name);
    expect(text).toContain(CHILD_WORDS);
    expect(text).toContain(`${NAMES[1]}, in their own words`);
    expect(text).toContain('How this was gathered: Talking with his class teacher');
    expect(text).toContain('Action 60: agree the next step');
  });

  it('removes XML-illegal characters from every part, and the file still reads', () => {
    expect(text).toContain('Text with XML-illegal characters removed before it reaches Word.');
    for (const [name, xml] of parts) expect(XML_ILLEGAL.test(xml), name).toBe(false);
  });

  it('uses real heading styles with outline levels', () => {
    const styles = part(parts, 'word/styles.xml');
    for (const level of [1, 2, 3]) {
      const style = new RegExp(`<w:style w:type="paragraph" w:styleId="Heading${level}">.*?</w:style>`).exec(styles)?.[0] ?? '';
      expect(style).toContain(`<w:outlineLvl w:val="${level - 1}"/>`);
      expect(style).toContain(`<w:name w:val="heading ${level}"/>`);
      expect(styles.match(new RegExp(`w:styleId="Heading${level}"`, 'g'))).toHaveLength(1);
    }
    const document = part(parts, 'word/document.xml');
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(document).toContain('<w:pStyle w:val="Heading3"/>');
    expect(html).toContain('<h1>Team Around the Family meeting</h1>');
    expect(html).toContain('<h2>The child’s voice</h2>');
    expect(html).toContain('<h3>Actions</h3>');
  });

  it('sets British English as the language of the text and of the file', () => {
    expect(part(parts, 'word/styles.xml')).toContain('<w:lang w:val="en-GB"/>');
    const core = part(parts, 'docProps/core.xml');
    expect(core).toContain('<dc:language>en-GB</dc:language>');
    expect(core).toContain(`<dc:title>Team Around the Family meeting: minutes for ${NAMES[1]}</dc:title>`);
    expect(core).toContain(`<dc:creator>${NAMES[0]}</dc:creator>`);
    expect(core).toContain('<dc:subject>Minutes of the review meeting</dc:subject>');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2027-02-14T10:30:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2027-02-15T09:00:00Z</dcterms:modified>');
  });

  it('repeats the 60-row table header on every page and keeps rows whole', () => {
    const document = part(parts, 'word/document.xml');
    expect(document.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(document.match(/<w:tr>/g)).toHaveLength(61);
    const firstRow = /<w:tr>.*?<\/w:tr>/.exec(document)?.[0] ?? '';
    expect(firstRow).toContain('<w:tblHeader/>');
    expect(firstRow).toContain('By when');
    expect(document).toContain('<w:cantSplit/>');
    expect(document).toContain('<w:pStyle w:val="Caption"/>');
    expect(html).toContain('<table>');
  });

  it('gives the image its alt text, title and name', async () => {
    const docPr = /<wp:docPr [^>]*>/.exec(part(parts, 'word/document.xml'))?.[0] ?? '';
    expect(docPr).toContain(`descr="${ALT_TEXT}"`);
    expect(docPr).toContain('title="Ștefan’s drawing of home"');
    expect(docPr).toContain('name="Picture 1"');
    expect(Object.keys((await JSZip.loadAsync(bytes)).files)).toContain('word/media/image1.png');
  });

  it('styles quotations as indented Quote paragraphs with the speaker', () => {
    const document = part(parts, 'word/document.xml');
    const quote = /<w:p><w:pPr><w:pStyle w:val="Quote"\/>.*?<\/w:p>/.exec(document)?.[0] ?? '';
    expect(quote).toContain('I like it when Mum picks me up');
    expect(document).toContain('<w:pStyle w:val="QuoteAttribution"/>');
    expect(/<w:style w:type="paragraph" w:styleId="Quote">.*?<w:ind w:left="720"/.test(part(parts, 'word/styles.xml'))).toBe(true);
  });

  it('puts the marking and DRAFT in the header, the marking and Page X of Y in the footer', () => {
    const header = part(parts, 'word/header1.xml');
    expect(header).toContain('OFFICIAL-SENSITIVE');
    expect(header).toContain('DRAFT - not yet agreed with the family');
    const footer = part(parts, 'word/footer1.xml');
    expect(footer).toContain('OFFICIAL-SENSITIVE');
    expect(footer).toMatch(/Page .*PAGE.*of .*NUMPAGES/s);
    const document = part(parts, 'word/document.xml');
    expect(document).toMatch(/<w:headerReference w:type="default"/);
    expect(document).toMatch(/<w:footerReference w:type="default"/);
  });

  it('numbers lists and nests them', () => {
    const numbering = part(parts, 'word/numbering.xml');
    expect(numbering).toContain('w:val="bullet"');
    expect(numbering).toContain('w:val="decimal"');
    expect(part(parts, 'word/document.xml')).toContain('<w:ilvl w:val="2"/>');
    expect(html).toMatch(/<ul><li>Mum, <strong>Ana Rădulescu<\/strong><\/li><li>School<ul>/);
  });
});

describe('Word rendering options', () => {
  it('leaves DRAFT out when the document is agreed, and uses the large size for the family version', async () => {
    const doc = documentOf({ title: 'Our plan', marking: 'OFFICIAL', largePrint: true }, [h1('Our plan'), p('Hello')]);
    const parts = await partsOf(await renderDocx(doc));
    expect(part(parts, 'word/header1.xml')).not.toContain('DRAFT');
    expect(part(parts, 'word/header1.xml')).toContain('OFFICIAL');
    expect(part(parts, 'word/styles.xml')).toMatch(/<w:docDefaults>.*<w:sz w:val="32"\/>/s);
  });

  it('says PRACTICE on every page of practice documents', async () => {
    const doc = documentOf({ title: 'Practice minutes', practice: true }, [p('Made up')]);
    expect(part(await partsOf(await renderDocx(doc)), 'word/header1.xml')).toContain('PRACTICE');
  });

  it('escapes markup in text instead of writing it into the XML', async () => {
    const doc = documentOf({ title: '<w:p>&"title"' }, [p('</w:t><w:b/> & <script>')]);
    const parts = await partsOf(await renderDocx(doc));
    expect(part(parts, 'word/document.xml')).toContain('&lt;/w:t&gt;&lt;w:b/&gt; &amp; &lt;script&gt;');
    expect(part(parts, 'docProps/core.xml')).toContain('<dc:title>&lt;w:p&gt;&amp;&quot;title&quot;</dc:title>');
  });
});
