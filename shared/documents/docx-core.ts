/**
 * docProps/core.xml, written here because docx 9.15 has no option for dc:language.
 * It replaces the file docx writes (Packer's overrides), with the same namespaces.
 */
import type { DocumentMetadata } from './model';
import { escapeXml } from './xml';

export const CORE_PROPERTIES_PATH = 'docProps/core.xml';

/** W3CDTF without milliseconds, as Word writes it. */
export function w3cDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function corePropertiesXml(metadata: DocumentMetadata, now: Date): string {
  const created = metadata.createdAt === undefined ? now : new Date(metadata.createdAt);
  const element = (name: string, value: string) => (value === '' ? '' : `<${name}>${escapeXml(value)}</${name}>`);
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"',
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    element('dc:title', metadata.title),
    element('dc:subject', metadata.subject),
    element('dc:creator', metadata.author),
    element('cp:keywords', metadata.keywords.join(', ')),
    element('dc:language', metadata.language),
    element('cp:category', metadata.marking),
    element('cp:contentStatus', metadata.draft ? 'Draft' : ''),
    element('cp:lastModifiedBy', metadata.author),
    '<cp:revision>1</cp:revision>',
    `<dcterms:created xsi:type="dcterms:W3CDTF">${w3cDate(created)}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${w3cDate(now)}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}
