/** Ours: the minutes as the app builds them, with shared/minutes (content in the standard order, then the document). */
import type { TeamDocument } from '../../../shared/documents/model';
import { minutesContent } from '../../../shared/minutes/content';
import { minutesDocument as buildMinutes } from '../../../shared/minutes/documents';
import type { MinutesInput } from '../../../shared/minutes/types';

export const MINUTES_CREATED_AT = '2026-11-23T17:00:00+00:00';

/** The professional minutes, DRAFT on every page (not yet agreed), exactly as an export makes them. */
export function minutesDocument(input: MinutesInput): TeamDocument {
  return buildMinutes(minutesContent(input), { variant: 'professional', draft: true, createdAt: MINUTES_CREATED_AT });
}
