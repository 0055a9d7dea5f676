/**
 * The family font's four TrueType faces (Atkinson Hyperlegible, the files the app embeds), read
 * from the package for the floors: a fair floor embeds the same fonts as the export does.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { dataUrl } from '../../../shared/bytes';

export interface FloorFonts {
  regular: Uint8Array;
  bold: Uint8Array;
  italic: Uint8Array;
  boldItalic: Uint8Array;
}

const FACES = {
  regular: '400Regular/AtkinsonHyperlegible_400Regular.ttf',
  bold: '700Bold/AtkinsonHyperlegible_700Bold.ttf',
  italic: '400Regular_Italic/AtkinsonHyperlegible_400Regular_Italic.ttf',
  boldItalic: '700Bold_Italic/AtkinsonHyperlegible_700Bold_Italic.ttf',
} as const;

export const FLOOR_FONT_FAMILY = 'Atkinson Hyperlegible';

export function floorFonts(): FloorFonts {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('@expo-google-fonts/atkinson-hyperlegible/package.json'));
  const read = (file: string) => new Uint8Array(readFileSync(join(root, file)));
  return { regular: read(FACES.regular), bold: read(FACES.bold), italic: read(FACES.italic), boldItalic: read(FACES.boldItalic) };
}

/** The plain page's @font-face rules for the four faces, as data: URLs (as the app's print page has them). */
export function floorFontFaceCss(fonts: FloorFonts): string {
  const face = (bytes: Uint8Array, weight: number, style: string) =>
    `@font-face{font-family:"${FLOOR_FONT_FAMILY}";src:url(${dataUrl('font/ttf', bytes)}) format("truetype");font-weight:${weight};font-style:${style}}`;
  return face(fonts.regular, 400, 'normal') + face(fonts.bold, 700, 'normal') + face(fonts.italic, 400, 'italic') + face(fonts.boldItalic, 700, 'italic');
}
