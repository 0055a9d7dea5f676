/**
 * The area's logo: a small PNG or JPEG, kept as base64 with the settings, shown at the top of
 * every screen and available to documents (with its alt text). The bytes are checked, not just
 * the file name, so a text file renamed to .png is refused with a plain message.
 */
import { z } from 'zod';
import { base64ByteLength, base64ToBytesOrNull } from '../bytes';
import { imageSize } from '../documents/image-size';
import { requiredText } from './fields';

export const LOGO_MAX_BYTES = 300 * 1024;
export const logoMimeValues = ['image/png', 'image/jpeg'] as const;
export type LogoMime = (typeof logoMimeValues)[number];

export const LOGO_TYPE_MESSAGE = 'The logo must be a PNG or JPEG picture';
export const LOGO_SIZE_MESSAGE = 'The logo must be 300 KB or smaller';

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
    const bytes = base64ToBytesOrNull(logo.dataBase64);
    const problem = bytes ? checkLogoBytes(bytes, logo.mime) : 'type';
    if (problem) ctx.addIssue({ code: 'custom', message: problem === 'size' ? LOGO_SIZE_MESSAGE : LOGO_TYPE_MESSAGE, path: ['dataBase64'] });
  });
export type AreaLogo = z.infer<typeof areaLogoSchema>;

/** A data: URL to show the logo on screen (the CSP allows data: images). */
export function logoDataUrl(logo: Pick<AreaLogo, 'mime' | 'dataBase64'>): string {
  return `data:${logo.mime};base64,${logo.dataBase64}`;
}
