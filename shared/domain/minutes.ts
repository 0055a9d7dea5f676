/**
 * Minutes: one stored row per version of the minutes of one meeting. The row keeps the whole
 * story of that version, append-only: every workflow step (drafted, sent to the family, the
 * family's response, finalised, shared, corrected) with when and by whom; every response the
 * family gave, in their own words (never edited, never erased); the content exactly as it was
 * sent and, once final, frozen; the plain-language flags the chair accepted; and every copy that
 * went out (the distribution list, with the basis for each copy).
 *
 * A correction never changes a final version: it makes a new row (version + 1) pointing back at
 * it with a reason (shared/minutes/workflow.ts). The rules live in shared/minutes/; this file is
 * only the shape. See docs/decisions/0015-minutes-workflow-and-sharing.md.
 */
import { z } from 'zod';
import { vocabulary } from './vocabulary';
import { blockSchema, imageBlockSchema } from '../documents/model';
import { idSchema, isoDateSchema } from './family';
import { ofFamilyMeeting } from './family-meeting';

export const MAX_MINUTES_WORDS = 20_000;

// ---------------------------------------------------------------- sections

/** The sections of the minutes, in the standard order. */
export const MINUTES_SECTION_IDS = [
  'meeting-details',
  'attendance',
  'apologies-and-reports',
  'confidentiality',
  'family-views',
  'child-voice',
  'updates',
  'earlier-actions',
  'strengths',
  'worries',
  'needs',
  'scaling',
  'decisions',
  'action-plan',
  'contingency',
  'next-review',
  'distribution',
  'family-comments',
] as const;
export const minutesSectionIdSchema = z.enum(MINUTES_SECTION_IDS);
export type MinutesSectionId = z.infer<typeof minutesSectionIdSchema>;

/**
 * One section, ready to show on screen section by section and to print. `blocks` is the
 * professional wording, `familyBlocks` the plain-words wording of the family's version (roles
 * and abbreviations explained). Both are format-neutral document blocks (shared/documents/model.ts).
 */
export const minutesSectionSchema = z.object({
  id: minutesSectionIdSchema,
  heading: z.string().min(1).max(300),
  familyHeading: z.string().min(1).max(300),
  blocks: z.array(blockSchema),
  familyBlocks: z.array(blockSchema),
});
export type MinutesSection = z.output<typeof minutesSectionSchema>;

/** Where the meeting was: a named place, or a family home (its address may be withheld per recipient). */
export const minutesVenueSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('place'), name: z.string().max(500), address: z.string().max(500) }),
  z.object({ kind: z.literal('home'), householdId: idSchema, label: z.string().max(200), address: z.string().max(500) }),
]);
export type MinutesVenue = z.output<typeof minutesVenueSchema>;

/** What the letter to one child or young person says, in words they can follow. No third-party details. */
export const childLetterContentSchema = z.object({
  childId: idSchema,
  /** Their first name, or the name they like to be called. */
  name: z.string().min(1).max(300),
  /** What they told us, in their own words. */
  theirWords: z.array(z.string().max(MAX_MINUTES_WORDS)),
  /** Good things people said. */
  goingWell: z.array(z.string().max(4000)),
  /** What will happen next, each with who (a first name or a role) and when, in simple words. */
  whatWillHappen: z.array(z.object({ what: z.string().max(2000), who: z.string().max(300), when: z.string().max(100) })),
  /** "The next meeting is on Monday 18 January 2027." or ''. */
  nextMeeting: z.string().max(300),
  /** Their own drawings, when they agreed to share them. */
  pictures: z.array(imageBlockSchema).default([]),
});
export type ChildLetterContent = z.output<typeof childLetterContentSchema>;

/**
 * Everything the documents are made from, built once by `minutesContent` (shared/minutes/content.ts)
 * and frozen on the row when the minutes are final, so that version stays readable exactly.
 */
export const minutesContentSchema = z.object({
  ...ofFamilyMeeting,
  /** The minutes' title, e.g. "Minutes: Team Around the Family review meeting". */
  title: z.string().min(1).max(300),
  /** e.g. "Team Around the Family review meeting". */
  meetingName: z.string().min(1).max(300),
  /** ISO date of the meeting (Europe/London). */
  meetingDate: isoDateSchema,
  chairName: z.string().max(300),
  chairRole: z.string().max(300),
  venue: minutesVenueSchema,
  marking: z.string().min(1).max(100),
  practice: z.boolean(),
  /** Children's names as they like to be called, in family order. */
  childNames: z.array(z.string().max(300)),
  sections: z.array(minutesSectionSchema),
  childLetters: z.array(childLetterContentSchema),
  /** Glossary entries the family's version explains at the end (terms it uses, from templates/glossary.json). */
  glossary: z.array(z.object({ term: z.string().max(80), abbreviationOf: z.string().max(200).optional(), plain: z.string().max(400) })),
  builtAt: z.string(),
});
export type MinutesContent = z.output<typeof minutesContentSchema>;

// ---------------------------------------------------------------- workflow

export const { values: WORKFLOW_STEPS, schema: workflowStepSchema, labels: WORKFLOW_STEP_LABELS } = vocabulary({
  drafted: 'Draft written',
  'sent-to-family': 'Sent to the family to check',
  'family-responded': "The family's answer recorded",
  finalised: 'Made final (locked)',
  shared: 'Copy shared',
  corrected: 'Corrected in a new version',
});
export type WorkflowStep = z.infer<typeof workflowStepSchema>;

export const workflowEventSchema = z.object({
  step: workflowStepSchema,
  /** ISO instant. */
  at: z.string().min(1),
  /** Who did it, by name. */
  by: z.string().max(300),
  /** In plain words, e.g. "Review copy given to Ana Lopez by hand". */
  details: z.string().max(MAX_MINUTES_WORDS).default(''),
});
export type WorkflowEvent = z.output<typeof workflowEventSchema>;

// ---------------------------------------------------------------- the family's response

export const { values: RESPONSE_KINDS, schema: responseKindSchema, labels: RESPONSE_KIND_LABELS } = vocabulary({
  agreed: 'Agreed: these minutes are right',
  'agreed-with-changes': 'Agreed, once the changes they asked for are made',
  disagrees: 'Does not agree with these minutes',
});
export type ResponseKind = z.infer<typeof responseKindSchema>;

export const { values: RESPONSE_HOW, schema: responseHowSchema, labels: RESPONSE_HOW_LABELS } = vocabulary({
  'in-person-on-laptop': 'In person, reading the minutes on the laptop',
  'review-copy': 'On the review copy they took home',
  phone: 'By phone',
  email: 'By email',
  letter: 'By letter',
  'review-file': 'In the review file they opened in their own browser',
});
export type ResponseHow = z.infer<typeof responseHowSchema>;

export const sectionAnswerSchema = z.object({
  sectionId: minutesSectionIdSchema,
  answer: z.enum(['right', 'wrong']),
  /** The family's own words, exactly as given. */
  words: z.string().max(MAX_MINUTES_WORDS).default(''),
});
export type SectionAnswer = z.output<typeof sectionAnswerSchema>;

export const familyResponseSchema = z
  .object({
    id: idSchema,
    kind: responseKindSchema,
    /** The family's own words, exactly as given; required when they do not agree. */
    words: z.string().max(MAX_MINUTES_WORDS).default(''),
    how: responseHowSchema,
    /** Who in the family gave it (person id and name as it was then). */
    givenBy: z.object({ personId: idSchema.nullable(), name: z.string().min(1).max(300) }),
    /** The day they gave it. */
    givenOn: isoDateSchema,
    recordedAt: z.string().min(1),
    recordedBy: z.string().max(300),
    sections: z.array(sectionAnswerSchema).max(MINUTES_SECTION_IDS.length).default(() => []),
  })
  .refine((r) => r.kind !== 'disagrees' || r.words.trim() !== '' || r.sections.some((s) => s.answer === 'wrong' && s.words.trim() !== ''), {
    message: 'Write down, in their own words, what the family does not agree with',
    path: ['words'],
  })
  .refine((r) => r.kind !== 'agreed-with-changes' || r.words.trim() !== '' || r.sections.some((s) => s.answer === 'wrong' && s.words.trim() !== ''), {
    message: 'Write down the changes the family asked for, in their own words',
    path: ['words'],
  });
export type FamilyResponse = z.output<typeof familyResponseSchema>;
export type FamilyResponseInput = z.input<typeof familyResponseSchema>;

/** A response the family gave to an earlier version, carried into a correction so it is still printed. */
export const earlierResponseSchema = z.object({ version: z.number().int().min(1), response: familyResponseSchema });
export type EarlierResponse = z.output<typeof earlierResponseSchema>;

// ---------------------------------------------------------------- changes, flags, distribution

/** A change the chair made to a section after the family's review, printed in that section. */
export const amendmentSchema = z.object({
  id: idSchema,
  sectionId: minutesSectionIdSchema,
  text: z.string().min(1).max(MAX_MINUTES_WORDS),
  /** Why, e.g. "Ana asked for this to be added". */
  reason: z.string().max(2000).default(''),
  at: z.string().min(1),
  by: z.string().max(300),
});
export type Amendment = z.output<typeof amendmentSchema>;

/** A plain-language flag the chair looked at and chose to keep as written. */
export const acceptedFlagSchema = z.object({
  sectionId: minutesSectionIdSchema,
  kind: z.enum(['jargon', 'abbreviation', 'long-sentence']),
  /** The flagged words exactly. */
  text: z.string().min(1).max(MAX_MINUTES_WORDS),
  acceptedAt: z.string().min(1),
  acceptedBy: z.string().max(300),
});
export type AcceptedFlag = z.output<typeof acceptedFlagSchema>;

export const { values: MINUTES_DOCUMENT_KINDS, schema: minutesDocumentKindSchema, labels: MINUTES_DOCUMENT_KIND_LABELS } = vocabulary({
  minutes: 'Minutes',
  'family-version': "The family's version of the minutes",
  'child-letter': 'Letter to the child or young person',
  'action-plan': 'Action plan',
  'review-copy': 'Review copy for the family',
  'meeting-pack': 'Meeting pack',
  agenda: 'Agenda',
});
export type MinutesDocumentKind = z.infer<typeof minutesDocumentKindSchema>;

export const exportFormatSchema = z.enum(['docx', 'pdf']);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

/** Who a copy went to. `id` is a family member's person id, a practitioner's directory id, or `agency:<name>`. */
export const recipientRefSchema = z.object({
  id: z.string().min(1).max(300),
  kind: z.enum(['family-member', 'practitioner', 'agency']),
  name: z.string().min(1).max(300),
  role: z.string().max(300).default(''),
  agency: z.string().max(300).default(''),
});
export type RecipientRef = z.output<typeof recipientRefSchema>;

/** Why a copy could go: the family's own copy, the consent register, or a safeguarding referral (with its reason). */
export const distributionBasisSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('family'), summary: z.string().max(2000) }),
  z.object({ kind: z.literal('consent'), consentId: idSchema, summary: z.string().max(2000) }),
  z.object({ kind: z.literal('safeguarding'), reason: z.string().trim().min(1, 'Say why this is a safeguarding referral').max(4000) }),
]);
export type DistributionBasis = z.output<typeof distributionBasisSchema>;

export const distributionEntrySchema = z.object({
  id: idSchema,
  recipient: recipientRefSchema,
  basis: distributionBasisSchema,
  document: minutesDocumentKindSchema,
  format: exportFormatSchema,
  version: z.number().int().min(1),
  /** ISO instant the file was made. */
  at: z.string().min(1),
  by: z.string().max(300),
});
export type DistributionEntry = z.output<typeof distributionEntrySchema>;

// ---------------------------------------------------------------- review files

/**
 * A review file made for one parent or carer. The private key opens the reply sealed to the chair
 * (ECDH P-256, as a JSON Web Key); it never leaves this encrypted row.
 */
export const reviewFileSchema = z.object({
  formId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
  personId: idSchema,
  personName: z.string().min(1).max(300),
  version: z.number().int().min(1),
  privateKey: z.object({ kty: z.literal('EC'), crv: z.literal('P-256'), x: z.string().min(1).max(100), y: z.string().min(1).max(100), d: z.string().min(1).max(100) }),
  madeAt: z.string().min(1),
  madeBy: z.string().max(300),
});
export type ReviewFile = z.output<typeof reviewFileSchema>;

// ---------------------------------------------------------------- the row

export const minutesRowSchema = z
  .object({
    id: idSchema,
    ...ofFamilyMeeting,
    version: z.number().int().min(1),
    /** For a correction: the version it replaces, and why. */
    correctionOf: idSchema.nullable().default(null),
    correctionReason: z.string().max(4000).default(''),
    /** Append-only, oldest first. */
    events: z.array(workflowEventSchema).min(1),
    /** Every answer the family gave to this version, oldest first; the last one counts. */
    responses: z.array(familyResponseSchema).default(() => []),
    /** The family's answers to earlier versions (kept and printed in a correction). */
    earlierResponses: z.array(earlierResponseSchema).default(() => []),
    amendments: z.array(amendmentSchema).default(() => []),
    acceptedFlags: z.array(acceptedFlagSchema).default(() => []),
    /** The content as last sent to the family; frozen once final. Null while a first draft is only on screen. */
    snapshot: minutesContentSchema.nullable().default(null),
    distribution: z.array(distributionEntrySchema).default(() => []),
    /** Review files made for the family to open in a browser (shared/forms), with the key that opens their sealed replies. */
    reviewFiles: z.array(reviewFileSchema).default(() => []),
    createdAt: z.string().min(1),
    updatedAt: z.string().min(1),
  })
  .refine((r) => (r.version === 1) === (r.correctionOf === null), {
    message: 'A first version corrects nothing; every later version corrects the one before it',
    path: ['correctionOf'],
  })
  .refine((r) => r.correctionOf === null || r.correctionReason.trim() !== '', {
    message: 'Say why the minutes are being corrected',
    path: ['correctionReason'],
  });
export type MinutesRow = z.output<typeof minutesRowSchema>;
export type MinutesRowInput = z.input<typeof minutesRowSchema>;

/** Reads a stored row; null when it is not a minutes row. */
export function readMinutesRow(row: unknown): MinutesRow | null {
  const parsed = minutesRowSchema.safeParse(row);
  return parsed.success ? parsed.data : null;
}
