/**
 * Review files on the minutes row: made only while the family is checking, recorded with their key
 * and an audit entry naming the person; a reply recorded only for a file of these minutes, once,
 * with its own audit entry. Each with its row in one transaction.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TeamAroundDatabase } from '../../renderer/data/db';
import { createAuditRepository } from '../../renderer/data/repositories/audit';
import { createMinutesRepository, reviewFileRecordType, reviewReplyRecordType } from '../../renderer/data/repositories/minutes';
import { minutesContentSchema, type FamilyResponseInput, type ReviewFile } from '../../shared/domain/minutes';

let db: TeamAroundDatabase;
let n = 0;
let clock = Date.parse('2026-11-23T09:00:00.000Z');
const now = () => new Date((clock += 1000));
beforeEach(async () => {
  db = new TeamAroundDatabase(`review-files-test-${++n}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const FAMILY = 'family0000000001';
const MEETING = 'meeting000000001';
const MUM = 'carer00000000001';
const content = minutesContentSchema.parse({
  familyId: FAMILY,
  meetingId: MEETING,
  title: 'Minutes: review meeting',
  meetingName: 'Review meeting',
  meetingDate: '2026-11-23',
  chairName: 'Sam Patel',
  chairRole: 'Family support worker',
  venue: { kind: 'place', name: 'Larkfield Family Hub', address: '' },
  marking: 'OFFICIAL-SENSITIVE',
  practice: false,
  childNames: ['Tobi'],
  sections: [{ id: 'family-views', heading: "The family's views", familyHeading: 'What you told us', blocks: [], familyBlocks: [{ kind: 'paragraph', runs: [{ text: 'Mornings are hard.' }] }] }],
  childLetters: [],
  glossary: [],
  builtAt: '2026-11-23T10:00:00.000Z',
});

const file = (version = 1, formId = 'form0000000000001'): ReviewFile => ({
  formId,
  personId: MUM,
  personName: 'Ana Ruiz',
  version,
  privateKey: { kty: 'EC', crv: 'P-256', x: 'x'.repeat(43), y: 'y'.repeat(43), d: 'd'.repeat(43) },
  madeAt: '2026-11-23T11:00:00.000Z',
  madeBy: 'Sam Patel',
});
const reply: FamilyResponseInput = {
  id: 'reply000000000001',
  kind: 'agreed',
  words: '',
  how: 'review-file',
  givenBy: { personId: MUM, name: 'Ana Ruiz' },
  givenOn: '2026-11-23',
  recordedAt: '2026-11-23T12:00:00.000Z',
  recordedBy: 'Sam Patel',
  sections: [{ sectionId: 'family-views', answer: 'right', words: '' }],
};

async function drafted() {
  const audit = createAuditRepository(db, () => 'Sam Patel', now);
  const minutes = createMinutesRepository(db, audit, now);
  const started = await minutes.startDraft({ id: MEETING, familyId: FAMILY }, 'Sam Patel');
  if (!started.ok) throw new Error(started.message);
  return { audit, minutes, id: started.row.id };
}

describe('review files on the minutes', () => {
  it('are made only once the minutes are with the family, and audited with the person they are for', async () => {
    const { audit, minutes, id } = await drafted();
    expect(await minutes.recordReviewFile(id, file())).toEqual({ ok: false, message: 'A review file can be made once the minutes have been sent to the family, and until they are final.' });
    await minutes.sendToFamily(id, content, 'Sam Patel', 'Review file');
    expect(await minutes.recordReviewFile(id, file(2))).toEqual({ ok: false, message: 'This review file is of version 2, not version 1.' });
    const made = await minutes.recordReviewFile(id, file());
    expect(made.ok && made.row.reviewFiles.map((f) => f.formId)).toEqual(['form0000000000001']);
    expect(await minutes.recordReviewFile(id, file())).toEqual({ ok: false, message: 'This review file is already recorded.' });
    const entries = await audit.forFamily(FAMILY);
    expect(entries.filter((e) => e.recordType === reviewFileRecordType(1))).toEqual([expect.objectContaining({ action: 'export', recipients: [MUM], recordId: id })]);
    expect((await minutes.get(id))?.reviewFiles[0]?.privateKey.d).toBe('d'.repeat(43));
  });

  it('record a reply only for a file of these minutes, once, as review file, with its audit entry', async () => {
    const { audit, minutes, id } = await drafted();
    await minutes.sendToFamily(id, content, 'Sam Patel', 'Review file');
    await minutes.recordReviewFile(id, file());
    expect(await minutes.recordReviewFileReply(id, 'form-not-made-here', reply)).toEqual({ ok: false, message: 'This reply is not for a review file made for these minutes. Nothing was recorded.' });
    const recorded = await minutes.recordReviewFileReply(id, 'form0000000000001', reply);
    expect(recorded.ok && recorded.row.responses.map((r) => [r.how, r.kind, r.givenBy.name])).toEqual([['review-file', 'agreed', 'Ana Ruiz']]);
    expect(await minutes.recordReviewFileReply(id, 'form0000000000001', reply)).toEqual({ ok: false, message: 'This answer is already recorded.' });
    const entries = await audit.forFamily(FAMILY);
    expect(entries.filter((e) => e.recordType === reviewReplyRecordType(1))).toEqual([expect.objectContaining({ action: 'update', recipients: [MUM] })]);
    expect(await audit.verify()).toEqual({ ok: true });
  });
});
