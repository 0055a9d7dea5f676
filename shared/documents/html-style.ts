/**
 * Print CSS for the HTML renderer. Only the page size and margins are set with @page: no
 * margin boxes, because Chromium prints those untagged. Markings and page numbers are drawn
 * into the margins afterwards by pdf-post as artifacts.
 */
import { cssString } from './html-escape';
import { bodySizePt, topMarginMm, type Layout } from './layout';
import type { DocumentMetadata } from './model';

/** One font file: a URL or data: URL, and the characters it covers (CSS unicode-range). */
export interface FontFile {
  url: string;
  unicodeRange?: string;
}

/** A face as one URL, or as several files split by unicode-range (as @fontsource ships them). */
export type FontFaceSource = string | readonly FontFile[];

/** Where the Atkinson Hyperlegible files are: chosen by the caller, since shared/ reads no files. */
export interface FontSources {
  regular: FontFaceSource;
  bold?: FontFaceSource;
  italic?: FontFaceSource;
  boldItalic?: FontFaceSource;
}

const UNICODE_RANGE = /^U\+[0-9A-F?]{1,6}(-[0-9A-F]{1,6})?(\s*,\s*U\+[0-9A-F?]{1,6}(-[0-9A-F]{1,6})?)*$/i;

export function fontFiles(source: FontFaceSource): readonly FontFile[] {
  return typeof source === 'string' ? [{ url: source }] : source;
}

function fontFaces(family: string, fonts: FontSources | undefined): string {
  if (fonts === undefined) return '';
  const faces: [FontFaceSource | undefined, number, string][] = [
    [fonts.regular, 400, 'normal'],
    [fonts.bold, 700, 'normal'],
    [fonts.italic, 400, 'italic'],
    [fonts.boldItalic, 700, 'italic'],
  ];
  const rules: string[] = [];
  for (const [source, weight, style] of faces) {
    if (source === undefined) continue;
    for (const file of fontFiles(source)) {
      // An invalid range is left out rather than written into the CSS.
      const range = file.unicodeRange !== undefined && UNICODE_RANGE.test(file.unicodeRange) ? `;unicode-range:${file.unicodeRange}` : '';
      rules.push(`@font-face{font-family:${cssString(family)};src:url(${cssString(file.url)});font-weight:${weight};font-style:${style};font-display:block${range}}`);
    }
  }
  return rules.join('\n');
}

export function printCss(layout: Layout, metadata: DocumentMetadata, fonts: FontSources | undefined): string {
  const m = layout.page.marginsMm;
  const c = layout.colours;
  const families = [layout.font.family, ...layout.font.fallback]
    .map((f) => (/^(serif|sans-serif|monospace)$/.test(f) ? f : cssString(f)))
    .join(',');
  const [h1, h2, h3] = layout.font.headingScale;
  return `${fontFaces(layout.font.family, fonts)}
@page{size:A4;margin:${topMarginMm(layout, metadata)}mm ${m.right}mm ${m.bottom}mm ${m.left}mm}
html{font-family:${families};font-size:${bodySizePt(layout, metadata)}pt;line-height:${layout.font.lineHeight};color:#${c.text};-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0;overflow-wrap:break-word;word-break:normal;hyphens:manual}
h1,h2,h3{line-height:1.25;margin:1em 0 .4em;break-after:avoid;page-break-after:avoid;break-inside:avoid}
h1{font-size:${h1}em;margin-top:0}h2{font-size:${h2}em}h3{font-size:${h3}em}
p{margin:0 0 .6em;orphans:2;widows:2}
ul,ol{margin:0 0 .6em;padding-left:1.6em}li{margin:0 0 .2em}li>ul,li>ol{margin:.2em 0 0}
table{width:100%;border-collapse:collapse;table-layout:fixed;margin:0 0 1em}
.keep-with-next{break-after:avoid;page-break-after:avoid}
caption{caption-side:top;text-align:left;font-weight:bold;padding:0 0 .3em;break-after:avoid;break-inside:avoid}
thead{display:table-header-group;break-inside:avoid;break-after:avoid}tr{break-inside:avoid;page-break-inside:avoid}
table:not(.stacked) tbody tr:first-child{break-before:avoid;page-break-before:avoid}
th,td{border:1px solid #${c.tableBorder};padding:.25em .4em;text-align:left;vertical-align:top;overflow-wrap:break-word}
th{background:#${c.tableHeaderFill}}
figure{margin:0 0 1em;break-inside:avoid}figure img,figure svg{display:block;max-width:100%;height:auto}figure svg{font-family:inherit}
figcaption{font-weight:bold;margin-top:.3em}
.quotation{margin:0 0 1em;padding:0 0 0 1em;border-left:4px solid #${c.quotation};break-inside:avoid}
.quotation blockquote{margin:0;font-style:italic}.quotation blockquote p{margin:0 0 .3em}
.quotation p.attribution,.quotation p.how{margin:0 0 .3em}.quotation p.how{font-style:italic}cite{font-style:normal}
.note{border:1px solid #${c.note};border-left-width:6px;padding:.5em .75em;margin:0 0 1em;break-inside:avoid}
.note.important{border-color:#${c.important}}.note p{margin:0}.note p.note-title{font-weight:bold}
.page-break{break-before:page;page-break-before:always;height:0;margin:0}
`;
}
