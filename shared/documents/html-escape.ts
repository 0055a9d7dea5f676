/** Escaping for the HTML renderer. Every piece of text goes through one of these. */
import { cleanText } from './sanitise';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text content and attribute values (always double-quoted by the renderer). */
export function escapeHtml(text: string): string {
  return cleanText(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Text content where newlines should show as line breaks. */
export function escapeHtmlLines(text: string): string {
  return escapeHtml(text).replace(/\n/g, '<br>');
}

/**
 * A CSS string literal (with its double quotes). Backslash escapes cover quotes, backslashes,
 * newlines and "<", so the value can close neither the string nor the <style> element.
 */
export function cssString(value: string): string {
  return `"${cleanText(value).replace(/[\\"<>\n\t]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}
