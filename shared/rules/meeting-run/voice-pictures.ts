/**
 * Checks on a picture the child made (a drawing, a photo of one) before it is kept with the
 * meeting. The type is read from the file's own first bytes, not its name, so a renamed text file
 * is refused and a JPEG called ".png" still works.
 */
import { imageSize } from '../../documents/image-size';
import type { VoiceImage } from '../../domain/meeting-record';

/** About 10 MB: a phone photo of a drawing fits; its base64 still fits the stored field. */
export const VOICE_PICTURE_MAX_BYTES = 10 * 1024 * 1024;
export const VOICE_PICTURE_MAX_DESCRIPTION = 1000;

export type VoicePictureType = VoiceImage['mediaType'];
export type VoicePictureField = 'file' | 'description';
export interface VoicePictureProblem {
  field: VoicePictureField;
  message: string;
}
export type VoicePictureCheck = { ok: true; mediaType: VoicePictureType } | { ok: false; problems: VoicePictureProblem[] };

export const PICTURE_MISSING_MESSAGE = 'Choose a picture to add';
export const PICTURE_TYPE_MESSAGE = 'The picture must be a PNG or JPEG file. Save it as a PNG or JPEG and choose that instead.';
export const PICTURE_DESCRIPTION_MESSAGE = 'Say what the picture shows, for anyone who cannot see it';

/** Rounded up to a tenth, so a file just over the limit never reads as exactly the limit. */
const megabytes = (bytes: number) => String(Math.ceil((bytes / (1024 * 1024)) * 10) / 10);

export function pictureSizeMessage(bytes: number): string {
  return `The picture is ${megabytes(bytes)} MB. It must be ${megabytes(VOICE_PICTURE_MAX_BYTES)} MB or smaller: save a smaller copy and choose that instead.`;
}

/** PNG or JPEG from the first bytes (and a readable size in the header); null when it is neither. */
export function sniffPictureType(bytes: Uint8Array): VoicePictureType | null {
  if (imageSize(bytes, 'image/png')) return 'image/png';
  if (imageSize(bytes, 'image/jpeg')) return 'image/jpeg';
  return null;
}

/**
 * Whether these bytes and this description can be kept as a picture in the child's voice. Screens
 * check a file's size before reading it too (`pictureSizeMessage`), so a huge file is never read.
 */
export function checkVoicePicture(input: { bytes: Uint8Array | null; description: string }): VoicePictureCheck {
  const problems: VoicePictureProblem[] = [];
  let mediaType: VoicePictureType | null = null;
  if (input.bytes === null || input.bytes.length === 0) {
    problems.push({ field: 'file', message: PICTURE_MISSING_MESSAGE });
  } else if (input.bytes.length > VOICE_PICTURE_MAX_BYTES) {
    problems.push({ field: 'file', message: pictureSizeMessage(input.bytes.length) });
  } else {
    mediaType = sniffPictureType(input.bytes);
    if (!mediaType) problems.push({ field: 'file', message: PICTURE_TYPE_MESSAGE });
  }
  const description = input.description.trim();
  if (description === '') problems.push({ field: 'description', message: PICTURE_DESCRIPTION_MESSAGE });
  else if (description.length > VOICE_PICTURE_MAX_DESCRIPTION) {
    problems.push({ field: 'description', message: `Keep the description to ${VOICE_PICTURE_MAX_DESCRIPTION} characters or fewer` });
  }
  return problems.length === 0 && mediaType ? { ok: true, mediaType } : { ok: false, problems };
}

/** A data: URL to show the picture on screen (the Content-Security-Policy allows data: images). */
export function pictureDataUrl(image: Pick<VoiceImage, 'mediaType' | 'base64'>): string {
  return `data:${image.mediaType};base64,${image.base64}`;
}
