/** The app's print font (Atkinson Hyperlegible, latin and latin-ext files) as data: URLs for the HTML renderer. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { dataUrl } from '../../../shared/bytes';
import type { FontFile, FontSources } from '../../../shared/documents/render-html';

function face(root: string, ranges: Record<string, string>, weight: 400 | 700, style: 'normal' | 'italic'): FontFile[] {
  return (['latin', 'latin-ext'] as const).map((subset) => ({
    url: dataUrl('font/woff2', readFileSync(join(root, 'files', `atkinson-hyperlegible-${subset}-${weight}-${style}.woff2`))),
    unicodeRange: ranges[subset] ?? '',
  }));
}

export function printFonts(): FontSources {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('@fontsource/atkinson-hyperlegible/package.json'));
  const ranges = JSON.parse(readFileSync(join(root, 'unicode.json'), 'utf8')) as Record<string, string>;
  return { regular: face(root, ranges, 400, 'normal'), bold: face(root, ranges, 700, 'normal'), italic: face(root, ranges, 400, 'italic'), boldItalic: face(root, ranges, 700, 'italic') };
}
