/** What a parent has said so far in family review mode, kept as they go so nothing is lost. Pure. */
import { z } from 'zod';
import type { FamilyResponseInput, MinutesSectionId, ResponseHow, ResponseKind } from '../../../shared/domain/minutes';
import { responseKindSchema } from '../../../shared/domain/minutes';
import { draftGuard } from '../../components/form/draft-guard';

export const sectionReplySchema = z.object({ answer: z.enum(['right', 'wrong', '']), words: z.string() });
export type SectionReply = z.infer<typeof sectionReplySchema>;

export const reviewDraftSchema = z.object({
  /** Which part is on screen: 0..sections-1, then the last step (the overall answer). */
  step: z.number().int().min(0),
  replies: z.record(z.string(), sectionReplySchema),
  /** A family member's person id, or OTHER_PERSON with `otherName` typed in. */
  givenBy: z.string(),
  otherName: z.string(),
  kind: z.union([responseKindSchema, z.literal('')]),
  words: z.string(),
});
export type ReviewDraft = z.infer<typeof reviewDraftSchema>;

export const isReviewDraft = draftGuard(reviewDraftSchema);

export function newReviewDraft(givenBy = ''): ReviewDraft {
  return { step: 0, replies: {}, givenBy, otherName: '', kind: '', words: '' };
}

/** Someone not in the family record (a grandparent, an advocate) answering for the family. */
export const OTHER_PERSON = 'other';

export function replyFor(draft: ReviewDraft, sectionId: string): SectionReply {
  return draft.replies[sectionId] ?? { answer: '', words: '' };
}

export interface ReviewProblem {
  fieldId: string;
  message: string;
}

export interface AnswerInput {
  draft: ReviewDraft;
  /** Family members who may answer, in the family's order. */
  people: ReadonlyArray<{ id: string; name: string }>;
  sectionIds: readonly MinutesSectionId[];
  how: ResponseHow;
  givenOn: string;
  recordedAt: string;
  recordedBy: string;
  id: string;
  /** Field ids on the form that shows these problems. */
  fields: { givenBy: string; otherName: string; kind: string; words: string };
}

const SAID_WRONG = (draft: ReviewDraft, sectionIds: readonly string[]) =>
  sectionIds.some((id) => replyFor(draft, id).answer === 'wrong' && replyFor(draft, id).words.trim() !== '');

/**
 * The family's answer as the workflow records it, or what is missing, in words for the person
 * answering ("Choose who is giving this answer"). Their words are kept exactly as typed.
 */
export function answerFromDraft(input: AnswerInput): { ok: true; value: FamilyResponseInput } | { ok: false; errors: ReviewProblem[] } {
  const { draft, fields } = input;
  const errors: ReviewProblem[] = [];
  const other = draft.givenBy === OTHER_PERSON;
  const found = input.people.find((p) => p.id === draft.givenBy);
  const person = other ? (draft.otherName.trim() === '' ? undefined : { id: null, name: draft.otherName.trim() }) : found ? { id: found.id, name: found.name } : undefined;
  if (other && !person) errors.push({ fieldId: fields.otherName, message: 'Enter the name of the person giving this answer' });
  else if (!person) errors.push({ fieldId: fields.givenBy, message: 'Choose who is giving this answer' });
  if (draft.kind === '') errors.push({ fieldId: fields.kind, message: 'Choose whether the minutes are right' });
  const needsWords = (kind: ResponseKind | '') => (kind === 'disagrees' || kind === 'agreed-with-changes') && draft.words.trim() === '' && !SAID_WRONG(draft, input.sectionIds);
  if (needsWords(draft.kind)) {
    errors.push({
      fieldId: fields.words,
      message: draft.kind === 'disagrees' ? 'Write what is not right, in your own words' : 'Write the changes you want, in your own words',
    });
  }
  if (errors.length > 0 || !person || draft.kind === '') return { ok: false, errors };
  return {
    ok: true,
    value: {
      id: input.id,
      kind: draft.kind,
      words: draft.words,
      how: input.how,
      givenBy: { personId: person.id, name: person.name },
      givenOn: input.givenOn,
      recordedAt: input.recordedAt,
      recordedBy: input.recordedBy,
      sections: input.sectionIds.flatMap((sectionId) => {
        const reply = replyFor(draft, sectionId);
        return reply.answer === '' ? [] : [{ sectionId, answer: reply.answer, words: reply.words }];
      }),
    },
  };
}
