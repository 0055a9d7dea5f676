/** The XMP metadata packet for the PDF catalog, matching the Info dictionary pdf-post writes. */
import type { DocumentMetadata } from './model';
import { escapeXmlAscii as x } from './xml';

export interface XmpValues {
  metadata: DocumentMetadata;
  created: Date;
  modified: Date;
  creator: string;
  producer: string;
}

/** ASCII only (non-ASCII as character references), so pdf-lib can store it byte for byte. */
export function xmpPacket(values: XmpValues): string {
  const { metadata } = values;
  const optional = (xml: string, value: string) => (value.trim() === '' ? '' : xml);
  return [
    '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${x(metadata.title)}</rdf:li></rdf:Alt></dc:title>`,
    optional(`<dc:creator><rdf:Seq><rdf:li>${x(metadata.author)}</rdf:li></rdf:Seq></dc:creator>`, metadata.author),
    optional(`<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${x(metadata.subject)}</rdf:li></rdf:Alt></dc:description>`, metadata.subject),
    `<dc:language><rdf:Bag><rdf:li>${x(metadata.language)}</rdf:li></rdf:Bag></dc:language>`,
    optional(`<pdf:Keywords>${x(metadata.keywords.join(', '))}</pdf:Keywords>`, metadata.keywords.join('')),
    `<pdf:Producer>${x(values.producer)}</pdf:Producer>`,
    `<xmp:CreatorTool>${x(values.creator)}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${values.created.toISOString()}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${values.modified.toISOString()}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${values.modified.toISOString()}</xmp:MetadataDate>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].filter((line) => line !== '').join('\n');
}
