/**
 * The briefing file: what a school or agency sends the chair (extension .tabriefing). Documented
 * for people in docs/briefing-file-format.md; this schema is the definition.
 *
 * A UTF-8 JSON object, at most MAX_BRIEFING_BYTES:
 *
 *   format         "team-around-briefing"
 *   formatVersion  1 (a reader refuses any other; a newer file says "update Team Around")
 *   briefingId     the briefing's own id: the same briefing saved again keeps it, so the chair's
 *                  copy is recognised (imported twice is not duplicated; a changed copy is not
 *                  taken in without the chair saying so)
 *   request        { meetingId, childId }: from the chair's request, naming the meeting and child
 *   kind           "school-briefing" | "written-report"
 *   author         { name, role, agency, practitionerId? } (practitionerId only when the chair's
 *                  request named someone in the chair's directory)
 *   writtenOn      YYYY-MM-DD
 *   child          { name, dateOfBirth }: as the author entered them
 *   content        attendance (school briefings; null for reports), progressLevel, and the written
 *                  sections (shared/briefing/sections.ts), empty strings where nothing was written
 *   savedAt        ISO 8601 instant the file was saved
 *   checksum       { algorithm: "SHA-256", value }: hex SHA-256 over the canonical JSON
 *                  (shared/briefing/canonical.ts) of the whole object without `checksum`
 *
 * Every object is strict: a field this version does not define makes the file invalid. The file
 * holds only what the author entered for this one child, and nothing from the chair's records.
 */
import { z } from 'zod';
import { idSchema, isoDateSchema } from '../domain/family';
import { canonicalSha256 } from './canonical';
import { encodeUtf8 } from './utf8';
import { briefingKindSchema, progressLevelSchema, SECTION_KEYS, type SectionKey } from './sections';
import { MAX_TERM_SESSIONS } from '../rules/school-attendance';

export const BRIEFING_FORMAT = 'team-around-briefing';
export const BRIEFING_FORMAT_VERSION = 1;
/** A briefing is text: 2 MB is far more than the longest real one, and refuses anything else early. */
export const MAX_BRIEFING_BYTES = 2 * 1024 * 1024;
export const MAX_SECTION_CHARS = 20_000;
export const MAX_LINE_CHARS = 300;

const written = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => s.trim() !== '' && s === s.trim(), 'must be filled in, without spaces at either end');

const sessions = z.number().int().min(0).max(MAX_TERM_SESSIONS);

export const termFiguresSchema = z
  .strictObject({
    /** e.g. "Autumn term 2026". */
    term: written(100),
    sessionsPossible: sessions.min(1),
    sessionsAttended: sessions,
    lateSessions: sessions,
  })
  .refine((t) => t.sessionsAttended <= t.sessionsPossible, 'has more sessions attended than possible')
  .refine((t) => t.lateSessions <= t.sessionsAttended, 'has more late sessions than sessions attended');
export type TermFigures = z.infer<typeof termFiguresSchema>;

export const attendanceSchema = z.strictObject({
  thisTerm: termFiguresSchema.nullable(),
  lastTerm: termFiguresSchema.nullable(),
});
export type BriefingAttendance = z.infer<typeof attendanceSchema>;

const sectionShape = Object.fromEntries(SECTION_KEYS.map((key) => [key, z.string().max(MAX_SECTION_CHARS)])) as Record<SectionKey, z.ZodString>;

export const briefingContentSchema = z.strictObject({
  /** School briefings only; null in a written report or when the school gives no figures. */
  attendance: attendanceSchema.nullable(),
  progressLevel: progressLevelSchema.nullable(),
  ...sectionShape,
});
export type BriefingContent = z.infer<typeof briefingContentSchema>;

export const briefingAuthorSchema = z.strictObject({
  name: written(MAX_LINE_CHARS),
  role: written(MAX_LINE_CHARS),
  agency: written(MAX_LINE_CHARS),
  practitionerId: idSchema.optional(),
});
export type BriefingAuthor = z.infer<typeof briefingAuthorSchema>;

export const checksumSchema = z.strictObject({
  algorithm: z.literal('SHA-256'),
  value: z.string().regex(/^[0-9a-f]{64}$/),
});

const bodyShape = {
  format: z.literal(BRIEFING_FORMAT),
  formatVersion: z.literal(BRIEFING_FORMAT_VERSION),
  briefingId: idSchema,
  request: z.strictObject({ meetingId: idSchema, childId: idSchema }),
  kind: briefingKindSchema,
  author: briefingAuthorSchema,
  writtenOn: isoDateSchema,
  child: z.strictObject({ name: written(MAX_LINE_CHARS), dateOfBirth: isoDateSchema }),
  content: briefingContentSchema,
  savedAt: z.iso.datetime({ offset: true }),
};

/** Everything but the checksum: what the checksum is taken over. */
export const briefingBodySchema = z.strictObject(bodyShape);
export type BriefingBody = z.infer<typeof briefingBodySchema>;

/** The whole file. No transforms anywhere: what is read is exactly what the checksum covers. */
export const briefingFileSchema = z.strictObject({ ...bodyShape, checksum: checksumSchema });
export type BriefingFile = z.infer<typeof briefingFileSchema>;

/** The checksum of a file's body (any checksum on it is left out). */
export function briefingChecksum(file: BriefingBody | BriefingFile): string {
  const { checksum: _ignored, ...body } = file as BriefingFile;
  return canonicalSha256(body);
}

/** Adds the checksum to a body already checked with briefingBodySchema. */
export function sealBriefing(body: BriefingBody): BriefingFile {
  const parsed = briefingBodySchema.parse(body);
  return { ...parsed, checksum: { algorithm: 'SHA-256', value: briefingChecksum(parsed) } };
}

/** The file's bytes: readable JSON (two-space indents); the checksum does not depend on the layout. */
export function writeBriefingFile(body: BriefingBody): Uint8Array {
  return encodeUtf8(`${JSON.stringify(sealBriefing(body), null, 2)}\n`);
}
