import { LOGO_MAX_BYTES, sniffLogoMime, type LogoMime } from '../../../shared/domain/area-logo';
import { bytesToBase64 } from '../../../shared/bytes';

export type LogoFileResult = { ok: true; mime: LogoMime; dataBase64: string } | { ok: false; message: string };

const kilobytes = (bytes: number) => Math.ceil(bytes / 1024);

/**
 * Reads a chosen file as the area's logo. The size is checked before reading, and the type from the
 * file's own bytes, so a text file renamed to .png is refused, and a JPEG called .png still works.
 */
export async function readLogoFile(file: File): Promise<LogoFileResult> {
  if (file.size > LOGO_MAX_BYTES) {
    return {
      ok: false,
      message: `“${file.name}” is ${kilobytes(file.size)} KB. The logo must be ${kilobytes(LOGO_MAX_BYTES)} KB or smaller: save a smaller copy and choose that instead.`,
    };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const mime = sniffLogoMime(bytes);
  if (!mime) return { ok: false, message: `“${file.name}” is not a PNG or JPEG picture. Choose a logo saved as a PNG or JPEG file.` };
  return { ok: true, mime, dataBase64: bytesToBase64(bytes) };
}
