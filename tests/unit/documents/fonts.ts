/**
 * Atkinson Hyperlegible for the print tests, from @fontsource/atkinson-hyperlegible.
 * Fontsource splits each face into "latin" and "latin-ext" files, told apart by
 * unicode-range; both are passed as data: URLs so names such as Ștefan Rădulescu print in
 * the same font. (For Word, the font would have to be converted to TTF before embedding.)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { dataUrl } from '../../../shared/bytes';
import type { FontFile, FontSources } from '../../../shared/documents/render-html';

const require = createRequire(import.meta.url);
const root = dirname(require.resolve('@fontsource/atkinson-hyperlegible/package.json'));
const ranges = JSON.parse(readFileSync(join(root, 'unicode.json'), 'utf8')) as Record<'latin' | 'latin-ext', string>;

function face(weight: 400 | 700, style: 'normal' | 'italic'): FontFile[] {
  return (['latin', 'latin-ext'] as const).map((subset) => ({
    url: dataUrl('font/woff2', readFileSync(join(root, 'files', `atkinson-hyperlegible-${subset}-${weight}-${style}.woff2`))),
    unicodeRange: ranges[subset],
  }));
}

export function atkinsonFonts(): FontSources {
  return { regular: face(400, 'normal'), bold: face(700, 'normal'), italic: face(400, 'italic'), boldItalic: face(700, 'italic') };
}
