/**
 * The family font, Atkinson Hyperlegible, as whole TrueType files (every character of the font in
 * one file per face, unlike the web subsets): declared in every printed page, embedded in every
 * PDF (Chromium's text and the marking and page numbers drawn afterwards) and in every Word file.
 * Inlined as data: URLs in this lazily loaded chunk, so printing needs no file or network access.
 */
import regular from '@expo-google-fonts/atkinson-hyperlegible/400Regular/AtkinsonHyperlegible_400Regular.ttf?inline';
import italic from '@expo-google-fonts/atkinson-hyperlegible/400Regular_Italic/AtkinsonHyperlegible_400Regular_Italic.ttf?inline';
import bold from '@expo-google-fonts/atkinson-hyperlegible/700Bold/AtkinsonHyperlegible_700Bold.ttf?inline';
import boldItalic from '@expo-google-fonts/atkinson-hyperlegible/700Bold_Italic/AtkinsonHyperlegible_700Bold_Italic.ttf?inline';
import { bytesOfDataUrl } from '../../shared/bytes';
import type { DocxFontFiles } from '../../shared/documents/render-docx';
import type { FontSources } from '../../shared/documents/render-html';

/** For the print page's @font-face rules. */
export const familyFontSources: FontSources = { regular, bold, italic, boldItalic };

let files: DocxFontFiles & { bold: Uint8Array } | null = null;

/** The four faces' bytes, decoded once. */
export function familyFontFiles(): DocxFontFiles & { bold: Uint8Array } {
  files ??= {
    regular: bytesOfDataUrl(regular),
    bold: bytesOfDataUrl(bold),
    italic: bytesOfDataUrl(italic),
    boldItalic: bytesOfDataUrl(boldItalic),
  };
  return files;
}
