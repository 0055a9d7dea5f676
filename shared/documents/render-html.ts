/**
 * Model -> one self-contained HTML page for Chromium to print as a tagged PDF
 * (Electron printToPDF with generateTaggedPDF/generateDocumentOutline, or Playwright
 * page.pdf({ tagged: true, outline: true })). Semantic elements become the PDF's tags, so
 * every heading, list, table header and image alt survives into the PDF. All text is escaped.
 */
import { dataUrl } from '../bytes';
import { chartKey } from './chart';
import { chartSvg } from './chart-svg';
import { escapeHtml, escapeHtmlLines } from './html-escape';
import { fontFiles, printCss, type FontSources } from './html-style';
import { attributionTemplate, bodySizePt, defaultLayout, templateParts, textWidthMm, type Layout } from './layout';
import type { Block, ImageBlock, ListItem, NoteBlock, QuotationBlock, Run, TableBlock, TeamDocument } from './model';
import { cleanLine } from './sanitise';
import { keepDatesTogether, tableFit } from './table-fit';

export type { FontFaceSource, FontFile, FontSources } from './html-style';

export interface HtmlOptions {
  layout?: Layout;
  /** The Atkinson Hyperlegible files, as URLs or data: URLs (shared/ cannot read files). */
  fonts?: FontSources;
}

function inline(runs: readonly Run[]): string {
  return runs.map((run) => {
    let html = escapeHtmlLines(run.text);
    if (run.italic) html = `<em>${html}</em>`;
    if (run.bold) html = `<strong>${html}</strong>`;
    return html;
  }).join('');
}

function listHtml(tag: 'ul' | 'ol', items: readonly ListItem[]): string {
  const entries = items.map((item) => {
    const nested = item.children && item.children.length > 0 ? listHtml(tag, item.children) : '';
    return `<li>${inline(item.runs)}${nested}</li>`;
  });
  return `<${tag}>${entries.join('')}</${tag}>`;
}

/** A cell's runs, with each date's parts joined by no-break spaces. */
function cellHtml(cell: readonly Run[]): string {
  return inline(cell.map((run) => ({ ...run, text: keepDatesTogether(run.text) })));
}

function tableHtml(table: TableBlock, layout: Layout, bodyPt: number): string {
  const fit = tableFit(table, layout, bodyPt);
  const caption = `<caption>${escapeHtml(cleanLine(table.caption))}</caption>`;
  if (!fit.stacked) {
    const cols = fit.shares.map((share) => `<col style="width:${(100 * share).toFixed(2)}%">`).join('');
    const head = table.header.map((cell) => `<th scope="col">${cellHtml(cell)}</th>`).join('');
    const body = table.rows.map((row) => `<tr>${row.map((cell) => `<td>${cellHtml(cell)}</td>`).join('')}</tr>`).join('\n');
    return `<table>${caption}<colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
  }
  // One cell per record, a line per column, read aloud as "Who: Tom Reed".
  const labels = table.header.map((cell) => `<b>${escapeHtml(cleanLine(cell.map((run) => run.text).join('')))}:</b> `);
  const records = table.rows.map((row) => `<tr><td>${row.map((cell, i) => `${labels[i] ?? ''}${cellHtml(cell)}`).join('<br>')}</td></tr>`);
  return `<table class="stacked">${caption}<tbody>\n${records.join('\n')}\n</tbody></table>`;
}

function imageHtml(image: ImageBlock, layout: Layout): string {
  const widthMm = Math.min(image.widthMm, textWidthMm(layout));
  const width = widthMm.toFixed(1);
  if (image.chart) {
    const caption = image.caption === undefined ? '' : `<figcaption>${escapeHtml(cleanLine(image.caption))}</figcaption>`;
    const title = cleanLine(image.caption ?? image.alt);
    return `<figure>${chartSvg(image.chart, title, cleanLine(image.alt), widthMm)}${caption}<p>${escapeHtml(cleanLine(chartKey(image.chart)))}</p></figure>`;
  }
  const img = `<img src="${escapeHtml(dataUrl(image.mime, image.bytes))}" alt="${escapeHtml(cleanLine(image.alt))}" style="width:${width}mm">`;
  const caption = image.caption === undefined ? '' : `<figcaption>${escapeHtml(cleanLine(image.caption))}</figcaption>`;
  return `<figure>${img}${caption}</figure>`;
}

/** Fills a wording template, putting the (escaped) value of one placeholder inside an element. */
function templateHtml(template: string, values: Readonly<Record<string, string>>, wrap: Readonly<Record<string, string>> = {}): string {
  return templateParts(template).map((part) => {
    if ('text' in part) return escapeHtml(part.text);
    const value = values[part.placeholder];
    if (value === undefined) return escapeHtml(`{${part.placeholder}}`);
    const tag = wrap[part.placeholder];
    return tag === undefined ? escapeHtml(value) : `<${tag}>${escapeHtml(value)}</${tag}>`;
  }).join('');
}

function quotationHtml(quote: QuotationBlock, layout: Layout): string {
  const speaker = cleanLine(quote.speaker);
  const attribution = templateHtml(attributionTemplate(quote, layout), { speaker }, { speaker: 'cite' });
  const how = quote.howGathered === undefined
    ? ''
    : `<p class="how">${templateHtml(layout.wording.howGathered, { how: cleanLine(quote.howGathered) })}</p>`;
  return `<div class="quotation"><blockquote><p>${escapeHtmlLines(quote.text)}</p></blockquote>`
    + `${attribution === '' ? '' : `<p class="attribution">${attribution}</p>`}${how}</div>`;
}

function noteHtml(note: NoteBlock): string {
  const title = note.title === undefined ? '' : `<p class="note-title">${escapeHtml(cleanLine(note.title))}</p>`;
  return `<div class="note${note.tone === 'important' ? ' important' : ''}" role="note">${title}<p>${inline(note.runs)}</p></div>`;
}

function blockHtml(block: Block, layout: Layout, bodyPt: number): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level}>${escapeHtml(cleanLine(block.text))}</h${block.level}>`;
    case 'paragraph':
      return `<p${block.keepWithNext ? ' class="keep-with-next"' : ''}>${inline(block.runs)}</p>`;
    case 'list':
      return listHtml(block.style === 'numbered' ? 'ol' : 'ul', block.items);
    case 'table':
      return tableHtml(block, layout, bodyPt);
    case 'image':
      return imageHtml(block, layout);
    case 'quotation':
      return quotationHtml(block, layout);
    case 'note':
      return noteHtml(block);
    case 'pageBreak':
      return '<div class="page-break"></div>';
  }
}

/** A CSP source for the font URLs: data: always; a URL's scheme and host when one is given. */
function fontSources(fonts: FontSources | undefined): string {
  const sources = new Set(['data:']);
  const faces = [fonts?.regular, fonts?.bold, fonts?.italic, fonts?.boldItalic];
  const urls = faces.flatMap((source) => (source === undefined ? [] : fontFiles(source).map((file) => file.url)));
  for (const url of urls) {
    if (url.startsWith('data:')) continue;
    const origin = /^([a-z][a-z0-9+.-]*:\/\/[a-z0-9.-]+(?::\d{1,5})?)(?:[/?#]|$)/i.exec(url);
    const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(url);
    if (origin?.[1]) sources.add(origin[1]);
    else if (scheme?.[1]) sources.add(scheme[1]);
    else sources.add("'self'"); // a relative URL
  }
  return [...sources].join(' ');
}

/**
 * The whole page. Its own Content-Security-Policy allows no script and no network but the
 * fonts, so even a mistake in escaping could not run anything while it is printed.
 */
export function renderHtml(doc: TeamDocument, options: HtmlOptions = {}): string {
  const layout = options.layout ?? defaultLayout;
  const { metadata } = doc;
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src ${fontSources(options.fonts)}; base-uri 'none'; form-action 'none'`;
  const meta = [
    `<meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    metadata.author === '' ? '' : `<meta name="author" content="${escapeHtml(cleanLine(metadata.author))}">`,
    metadata.subject === '' ? '' : `<meta name="description" content="${escapeHtml(cleanLine(metadata.subject))}">`,
    metadata.keywords.length === 0 ? '' : `<meta name="keywords" content="${escapeHtml(cleanLine(metadata.keywords.join(', ')))}">`,
  ].filter((line) => line !== '');
  const bodyPt = bodySizePt(layout, metadata);
  const body = doc.blocks.map((block) => blockHtml(block, layout, bodyPt)).join('\n');
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
${meta.join('\n')}
<title>${escapeHtml(cleanLine(metadata.title))}</title>
<style>
${printCss(layout, metadata, options.fonts)}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
