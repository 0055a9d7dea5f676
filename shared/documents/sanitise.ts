/**
 * Text cleaning for every string a renderer writes. XML 1.0 (Word) refuses C0 controls other
 * than tab, line feed and carriage return, lone surrogates and U+FFFE/U+FFFF; one of them
 * makes Word offer to "repair" the file. HTML and PDF get the same cleaned text, so the
 * formats never disagree about what a document says.
 */

// C0 controls except tab (09) and line feed (0A); DEL and C1 controls; the two non-characters.
// eslint-disable-next-line no-control-regex
const ILLEGAL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
// A high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes characters XML cannot carry; keeps tab and newline (CRLF and CR become LF). */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(ILLEGAL, '').replace(LONE_SURROGATE, '');
}

/** For single-line places (headers, titles, metadata): newlines and tabs become spaces. */
export function cleanLine(text: string): string {
  return cleanText(text).replace(/[\t\n]+/g, ' ').trim();
}
