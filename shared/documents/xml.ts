/** XML escaping for the few XML files written by hand (docx core properties, PDF XMP). */
import { cleanLine } from './sanitise';

/** One line of text as XML character data or a double-quoted attribute value. */
export function escapeXml(text: string): string {
  return cleanLine(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** As escapeXml, with everything outside ASCII as numeric references, for byte-oriented writers. */
export function escapeXmlAscii(text: string): string {
  return escapeXml(text).replace(/[^\x20-\x7E]/gu, (ch) => `&#x${(ch.codePointAt(0) ?? 0x3f).toString(16).toUpperCase()};`);
}
