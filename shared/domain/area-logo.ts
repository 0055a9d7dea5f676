/**
 * The area's logo: a small PNG or JPEG, kept as base64 with the settings, shown at the top of
 * every screen and available to documents (with its alt text). The bytes are checked, not just
 * the file name, so a text file renamed to .png is refused with a plain message.
 */
import { z } from 'zod';
import { imageSize } from '../documents/image-size';
import { requiredText } from './fields';

export const LOGO_MAX_BYTES = 300 * 1024;
export const logoMimeValues = ['image/png', 'image/jpeg'] as const;
export type LogoMime = (typeof logoMimeValues)[number];

export const LOGO_TYPE_MESSAGE = 'The logo must be a PNG or JPEG picture';
export const LOGO_SIZE_MESSAGE = 'The logo must be 300 KB or smaller';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUES = new Map(Array.from(ALPHABET, (c, i) => [c, i] as const));
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** How many bytes the base64 text stands for, without decoding it. */
export function base64ByteLength(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - padding;
}

/** Strict base64 to bytes; `null` when the text is not base64. */
export function decodeBase64(text: string): Uint8Array | null {
  if (!BASE64.test(text)) return null;
  const out = new Uint8Array(base64ByteLength(text));
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    for (let j = 0; j < 4; j++) n = (n << 6) | (VALUES.get(text.charAt(i + j)) ?? 0);
    for (const shift of [16, 8, 0]) if (o < out.length) out[o++] = (n >> shift) & 255;
  }
  return out;
}

export type LogoProblem = 'type' | 'size';

/** Whether these bytes can be the logo: a readable PNG or JPEG of the stated type, small enough. */
export function checkLogoBytes(bytes: Uint8Array, mime: string): LogoProblem | null {
  if (!(logoMimeValues as readonly string[]).includes(mime)) return 'type';
  if (bytes.length > LOGO_MAX_BYTES) return 'size';
  return imageSize(bytes, mime as LogoMime) === null ? 'type' : null;
}

/** The picture type from its first bytes, whatever the file is called; `null` when it is neither. */
export function sniffLogoMime(bytes: Uint8Array): LogoMime | null {
  if (imageSize(bytes, 'image/png')) return 'image/png';
  if (imageSize(bytes, 'image/jpeg')) return 'image/jpeg';
  return null;
}

export const areaLogoSchema = z
  .object({
    mime: z.enum(logoMimeValues, { error: LOGO_TYPE_MESSAGE }),
    dataBase64: z.string({ error: LOGO_TYPE_MESSAGE }),
    /** Read aloud by screen readers and written into documents as the image's description. */
    alt: requiredText('description of the logo', 200),
  })
  .superRefine((logo, ctx) => {
    // Checked before decoding, so an oversized value is refused cheaply.
    if (base64ByteLength(logo.dataBase64) > LOGO_MAX_BYTES) {
      ctx.addIssue({ code: 'custom', message: LOGO_SIZE_MESSAGE, path: ['dataBase64'] });
      return;
    }
    const bytes = decodeBase64(logo.dataBase64);
    const problem = bytes ? checkLogoBytes(bytes, logo.mime) : 'type';
    if (problem) ctx.addIssue({ code: 'custom', message: problem === 'size' ? LOGO_SIZE_MESSAGE : LOGO_TYPE_MESSAGE, path: ['dataBase64'] });
  });
export type AreaLogo = z.infer<typeof areaLogoSchema>;

/** A data: URL to show the logo on screen (the CSP allows data: images). */
export function logoDataUrl(logo: Pick<AreaLogo, 'mime' | 'dataBase64'>): string {
  return `data:${logo.mime};base64,${logo.dataBase64}`;
}
