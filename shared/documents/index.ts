/**
 * The document pipeline: data -> TeamDocument (model, builders) -> Word (renderDocx) and
 * print HTML (renderHtml) -> Chromium tagged PDF -> postProcessPdf. See
 * docs/decisions/0004-document-pipeline.md.
 */
export * from './model';
export * from './builders';
export { defaultLayout, parseLayout, fillTemplate, pageLabel, pageWords, type Layout, type LayoutInput } from './layout';
export { cleanText, cleanLine } from './sanitise';
export { renderDocx, buildDocx, DOCX_MIME, type DocxOptions } from './render-docx';
export { renderHtml, type HtmlOptions, type FontSources, type FontFile, type FontFaceSource } from './render-html';
export { postProcessPdf, PDF_CREATOR, type PdfPostOptions, type PdfFont, type Fontkit } from './pdf-post';
