/**
 * The family's review file: what it carries for one parent or carer (their redacted copy of the
 * family's version, one part at a time), the reply it makes, and how that reply becomes an answer
 * recorded on the minutes exactly as one given on the laptop, with "how given: review file".
 */
import { z } from 'zod';
import { idSchema, isoDateSchema } from '../domain/family';
import { MINUTES_SECTION_IDS, type FamilyResponseInput, type MinutesContent, type MinutesRow } from '../domain/minutes';
import { canTake } from '../minutes/workflow';
import { formIdSchema } from './envelope';
import { viewSection, viewSectionSchema } from './view-blocks';

/** The chair's public key for sealing the reply (ECDH P-256, as a JSON Web Key). */
export const publicJwkSchema = z.object({ kty: z.literal('EC'), crv: z.literal('P-256'), x: z.string().min(40).max(60), y: z.string().min(40).max(60) });
export type PublicJwk = z.output<typeof publicJwkSchema>;

export const reviewPayloadSchema = z.strictObject({
  kind: z.literal('family-review'),
  formId: formIdSchema,
  familyId: idSchema,
  meetingId: idSchema,
  minutesId: idSchema,
  version: z.number().int().min(1),
  person: z.object({ id: idSchema, name: z.string().min(1).max(300) }),
  title: z.string().min(1).max(300),
  meetingDate: isoDateSchema,
  chairName: z.string().max(300),
  sections: z.array(viewSectionSchema).min(1).max(MINUTES_SECTION_IDS.length),
  glossary: z.array(z.object({ term: z.string().max(80), plain: z.string().max(400) })).max(500),
  chairKey: publicJwkSchema,
});
export type ReviewPayload = z.output<typeof reviewPayloadSchema>;

/** The content must already be redacted for this person (shared/minutes/recipients.ts `redactContentFor`). */
export function reviewPayload(input: {
  formId: string;
  row: MinutesRow;
  redacted: MinutesContent;
  person: { id: string; name: string };
  chairKey: PublicJwk;
}): ReviewPayload {
  const { row, redacted } = input;
  return reviewPayloadSchema.parse({
    kind: 'family-review',
    formId: input.formId,
    familyId: row.familyId,
    meetingId: row.meetingId,
    minutesId: row.id,
    version: row.version,
    person: input.person,
    title: redacted.title,
    meetingDate: redacted.meetingDate,
    chairName: redacted.chairName,
    sections: redacted.sections.filter((s) => s.familyBlocks.length > 0).map(viewSection),
    glossary: redacted.glossary.map((g) => ({ term: g.term, plain: g.plain })),
    chairKey: input.chairKey,
  });
}

export const REPLY_KINDS = ['agreed', 'agreed-with-changes', 'disagrees'] as const;

/** What the parent or carer answered, inside the sealed reply. */
export const reviewReplySchema = z
  .strictObject({
    kind: z.literal('family-review-reply'),
    replyId: idSchema,
    formId: formIdSchema,
    familyId: idSchema,
    meetingId: idSchema,
    minutesId: idSchema,
    version: z.number().int().min(1),
    personId: idSchema,
    personName: z.string().min(1).max(300),
    answer: z.enum(REPLY_KINDS),
    words: z.string().max(20_000),
    sections: z.array(z.object({ sectionId: z.enum(MINUTES_SECTION_IDS), answer: z.enum(['right', 'wrong']), words: z.string().max(20_000) })).max(MINUTES_SECTION_IDS.length),
    /** The day on their device when they made the reply. */
    givenOn: isoDateSchema,
  })
  .refine((r) => new Set(r.sections.map((s) => s.sectionId)).size === r.sections.length, 'A part is answered twice');
export type ReviewReply = z.output<typeof reviewReplySchema>;

/** What a reply needs before it can be made: the same rule as an answer recorded on the laptop. */
export function replyProblem(reply: Pick<ReviewReply, 'answer' | 'words' | 'sections'>): string | null {
  if (reply.answer === 'agreed') return null;
  const said = reply.words.trim() !== '' || reply.sections.some((s) => s.answer === 'wrong' && s.words.trim() !== '');
  if (said) return null;
  return reply.answer === 'disagrees'
    ? 'Write what you do not agree with, here or under the part it is about'
    : 'Write the changes you want, here or under the part they are about';
}

/** The review file a reply answers, as the chair's app keeps it on the minutes row. */
export interface ReviewFileRef {
  formId: string;
  personId: string;
  personName: string;
}

/**
 * Whether this reply can be recorded on this row: same family, same minutes, same version and the
 * person the file was made for, and the minutes still waiting for an answer. A message if not.
 */
export function replyMismatch(reply: ReviewReply, row: MinutesRow, file: ReviewFileRef, expected: { familyId: string; meetingId: string }): string | null {
  if (reply.familyId !== expected.familyId || reply.meetingId !== expected.meetingId) return 'This reply is about another family’s or another meeting’s minutes. Nothing was recorded.';
  if (reply.minutesId !== row.id || reply.version !== row.version) {
    return `This reply is about version ${reply.version} of the minutes, not version ${row.version}. Nothing was recorded: send them a review file of version ${row.version}.`;
  }
  if (reply.formId !== file.formId || reply.personId !== file.personId) return `This reply does not match the review file made for ${file.personName}. Nothing was recorded.`;
  if (!canTake(row, 'family-responded')) return 'An answer can be recorded only while the minutes are with the family to check, before they are final. Nothing was recorded.';
  return null;
}

/** The answer recorded on the minutes, exactly as the laptop records one, given "by review file". */
export function responseFromReply(reply: ReviewReply, input: { recordedAt: string; recordedBy: string; today: string }): FamilyResponseInput {
  return {
    id: reply.replyId,
    kind: reply.answer,
    words: reply.words,
    how: 'review-file',
    givenBy: { personId: reply.personId, name: reply.personName },
    // A phone's clock can be wrong: a date after today is recorded as today.
    givenOn: reply.givenOn > input.today ? input.today : reply.givenOn,
    recordedAt: input.recordedAt,
    recordedBy: input.recordedBy,
    sections: reply.sections,
  };
}
