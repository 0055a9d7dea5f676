/**
 * The chair's side of a reply: found by the review file it answers, opened with that file's key,
 * and refused in words when it is for another version, another meeting, or already recorded.
 */
import { describe, expect, it } from 'vitest';
import { checkReply } from '../../../renderer/features/minutes/reply-check';
import { makeChairKeys, sealReply } from '../../../renderer/forms/crypto';
import { writeReplyText } from '../../../shared/forms/reply-text';
import type { ReviewReply } from '../../../shared/forms/review';
import { correct, finalise, recordFamilyResponse } from '../../../shared/minutes/workflow';
import type { MinutesRow } from '../../../shared/domain/minutes';
import { reviewFixture } from './review-fixture';

async function setUp() {
  const f = reviewFixture();
  const keys = await makeChairKeys();
  const row: MinutesRow = {
    ...f.row,
    reviewFiles: [{ formId: f.formId, personId: f.person.id, personName: f.person.name, version: 1, privateKey: keys.privateJwk, madeAt: '2026-11-21T10:00:00.000Z', madeBy: 'Sam Patel' }],
  };
  const reply: ReviewReply = {
    kind: 'family-review-reply',
    replyId: 'reply000000000001',
    formId: f.formId,
    familyId: row.familyId,
    meetingId: row.meetingId,
    minutesId: row.id,
    version: 1,
    personId: f.person.id,
    personName: f.person.name,
    answer: 'agreed',
    words: '',
    sections: [],
    givenOn: '2026-11-22',
  };
  const text = writeReplyText(await sealReply(f.formId, keys.publicJwk, reply));
  return { f, row, reply, text, at: { familyId: row.familyId, meetingId: row.meetingId } };
}

describe('checking a reply on the chair’s side', () => {
  it('is ready to record when it answers the review file made for these minutes', async () => {
    const { row, reply, text, at } = await setUp();
    expect(await checkReply(text, [row], at)).toMatchObject({ ok: true, reply, file: { formId: reply.formId } });
  });

  it('refuses a reply from a review file made elsewhere, and one sealed to another key', async () => {
    const { row, text, at } = await setUp();
    expect(await checkReply(text, [{ ...row, reviewFiles: [] }], at)).toMatchObject({ ok: false, message: expect.stringContaining('not from a review file made for these minutes') });
    const other = await makeChairKeys();
    const file = row.reviewFiles[0];
    if (!file) throw new Error('no file');
    expect(await checkReply(text, [{ ...row, reviewFiles: [{ ...file, privateKey: other.privateJwk }] }], at)).toMatchObject({ ok: false, message: expect.stringContaining('changed or damaged') });
  });

  it('refuses a reply to version 1 once the minutes have been corrected in version 2', async () => {
    const { f, row, text, at } = await setUp();
    const answered = recordFamilyResponse(row, { id: 'response00000001', kind: 'agreed', how: 'phone', givenBy: { personId: null, name: 'Mum' }, givenOn: '2026-11-22', recordedAt: '2026-11-22T10:00:00.000Z', recordedBy: 'Sam Patel' });
    if (!answered.ok) throw new Error(answered.message);
    const final = finalise(answered.row, f.content, { at: '2026-11-22T11:00:00.000Z', by: 'Sam Patel' });
    if (!final.ok) throw new Error(final.message);
    const corrected = correct(final.row, { newId: 'minutes-000002', reason: 'A date was wrong', at: '2026-11-23T09:00:00.000Z', by: 'Sam Patel' });
    if (!corrected.ok) throw new Error(corrected.message);
    expect(await checkReply(text, [corrected.previous, corrected.next], at)).toEqual({
      ok: false,
      message: 'This reply is about version 1 of the minutes, not version 2. Nothing was recorded: send them a review file of version 2.',
    });
  });

  it('refuses the same reply twice, and one for another family’s meeting', async () => {
    const { row, reply, text, at } = await setUp();
    const recorded = recordFamilyResponse(row, { id: reply.replyId, kind: 'agreed', how: 'review-file', givenBy: { personId: reply.personId, name: reply.personName }, givenOn: '2026-11-22', recordedAt: '2026-11-22T10:00:00.000Z', recordedBy: 'Sam Patel' });
    if (!recorded.ok) throw new Error(recorded.message);
    expect(await checkReply(text, [recorded.row], at)).toEqual({ ok: false, message: `This reply from ${reply.personName} is already recorded.` });
    expect(await checkReply(text, [row], { ...at, familyId: 'another-family-01' })).toMatchObject({ ok: false, message: expect.stringContaining('another family') });
  });
});
