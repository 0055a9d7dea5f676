import { describe, expect, it } from 'vitest';
import { answerFromDraft, newReviewDraft, OTHER_PERSON, type ReviewDraft } from '../../../renderer/features/minutes/review-draft';
import { familyResponseSchema } from '../../../shared/domain/minutes';

const FIELDS = { givenBy: 'by', otherName: 'other', kind: 'kind', words: 'words' };
const people = [{ id: 'carer00000000001', name: 'Ana Ruiz' }];

function answer(draft: Partial<ReviewDraft>) {
  return answerFromDraft({
    draft: { ...newReviewDraft(), ...draft },
    people,
    sectionIds: ['family-views', 'worries'],
    how: 'in-person-on-laptop',
    givenOn: '2026-11-23',
    recordedAt: '2026-11-23T12:00:00.000Z',
    recordedBy: 'Sam Patel',
    id: 'response00000001',
    fields: FIELDS,
  });
}

describe("the family's answer from review mode", () => {
  it('asks who is answering and whether the minutes are right, at the right fields', () => {
    expect(answer({})).toEqual({
      ok: false,
      errors: [
        { fieldId: 'by', message: 'Choose who is giving this answer' },
        { fieldId: 'kind', message: 'Choose whether the minutes are right' },
      ],
    });
    expect(answer({ givenBy: OTHER_PERSON, kind: 'agreed' })).toEqual({ ok: false, errors: [{ fieldId: 'other', message: 'Enter the name of the person giving this answer' }] });
  });

  it('needs their own words when they do not agree, unless they wrote them under a part', () => {
    expect(answer({ givenBy: people[0]?.id ?? '', kind: 'disagrees' })).toEqual({ ok: false, errors: [{ fieldId: 'words', message: 'Write what is not right, in your own words' }] });
    expect(answer({ givenBy: people[0]?.id ?? '', kind: 'agreed-with-changes' })).toMatchObject({ ok: false, errors: [{ message: 'Write the changes you want, in your own words' }] });
    const viaPart = answer({ givenBy: people[0]?.id ?? '', kind: 'disagrees', replies: { worries: { answer: 'wrong', words: 'It was Tuesdays, not Mondays.' } } });
    expect(viaPart.ok).toBe(true);
  });

  it('keeps their words exactly, leaves out parts they did not answer, and passes the stored schema', () => {
    const result = answer({
      givenBy: OTHER_PERSON,
      otherName: '  Rosa Diaz ',
      kind: 'disagrees',
      words: '  I never said that.\n',
      replies: { 'family-views': { answer: 'right', words: '' }, worries: { answer: '', words: 'not sent' } },
    });
    if (!result.ok) throw new Error('expected an answer');
    expect(result.value.words).toBe('  I never said that.\n');
    expect(result.value.givenBy).toEqual({ personId: null, name: 'Rosa Diaz' });
    expect(result.value.sections).toEqual([{ sectionId: 'family-views', answer: 'right', words: '' }]);
    expect(familyResponseSchema.safeParse(result.value).success).toBe(true);
  });
});
