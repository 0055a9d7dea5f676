/**
 * The PDF copy row's floor records the copy as ours does (record 0065): the same three records,
 * in plain, in one raw transaction, from the records ours last wrote (read back through the app).
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TeamAroundDatabase } from '../../renderer/data/db';
import { AUDIT_TIP_KEY, createAuditRepository } from '../../renderer/data/repositories/audit';
import { createMinutesRepository } from '../../renderer/data/repositories/minutes';
import { minutesContentSchema } from '../../shared/domain/minutes';
import { copyRecords } from './browser/copy-records';
import { openRaw, rawPutCopyRecords } from './browser/raw-idb';

let db: TeamAroundDatabase;
let n = 0;
let clock = Date.parse('2026-11-23T09:00:00.000Z');
const now = () => new Date((clock += 1000));
const MEETING = 'meeting000000001';
const FAMILY = 'family0000000001';
const MUM = { id: 'carer00000000001', kind: 'family-member' as const, name: 'Ana Ruiz', role: 'Mum', agency: '' };

beforeEach(async () => {
  db = new TeamAroundDatabase(`copy-floor-records-${++n}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

async function copiedOnce(): Promise<string> {
  const audit = createAuditRepository(db, () => 'Sam Patel', now);
  const minutes = createMinutesRepository(db, audit, now);
  const started = await minutes.startDraft({ id: MEETING, familyId: FAMILY }, 'Sam Patel');
  if (!started.ok) throw new Error(started.message);
  const content = minutesContentSchema.parse({
    familyId: FAMILY,
    meetingId: MEETING,
    title: 'Minutes',
    meetingName: 'First meeting',
    meetingDate: '2026-11-23',
    chairName: 'Sam Patel',
    chairRole: '',
    venue: { kind: 'place', name: 'Larkfield Family Hub', address: '' },
    marking: 'OFFICIAL-SENSITIVE',
    practice: false,
    childNames: ['Tobi'],
    sections: [],
    childLetters: [],
    glossary: [],
    builtAt: '2026-11-23T10:00:00.000Z',
  });
  await minutes.sendToFamily(started.row.id, content, 'Sam Patel', 'On this laptop');
  await minutes.recordResponse(started.row.id, {
    id: 'response00000001',
    kind: 'agreed',
    words: '',
    how: 'in-person-on-laptop',
    givenBy: { personId: MUM.id, name: MUM.name },
    givenOn: '2026-11-23',
    recordedAt: '2026-11-23T11:00:00.000Z',
    recordedBy: 'Sam Patel',
    sections: [],
  });
  await minutes.finalise(started.row.id, content, 'Sam Patel');
  const copy = await minutes.recordCopy(started.row.id, { recipient: MUM, basis: { kind: 'family', summary: 'Their own copy' }, document: 'minutes', format: 'pdf', version: 1, at: '2026-11-23T12:00:00.000Z', by: 'Sam Patel' });
  if (!copy.ok) throw new Error(copy.message);
  return started.row.id;
}

describe("the PDF copy row's floor records", () => {
  it('writes one more copy on the list, the next audit entry and the trail’s new end, in one transaction', async () => {
    const id = await copiedOnce();
    const before = await copyRecords(db, MEETING);
    expect(before.minutes.distribution).toHaveLength(1);
    const raw = await openRaw(db.name);
    try {
      await rawPutCopyRecords(raw, before, '2026-11-23T12:05:00.000Z');
    } finally {
      raw.close();
    }
    expect((await copyRecords(db, MEETING)).minutes.distribution).toHaveLength(2);
    expect(await db.audit.get(before.audit.seq + 1)).toMatchObject({ action: 'export', recordId: id, recipients: [MUM.id] });
    expect((await db.settings.get(AUDIT_TIP_KEY))?.value).toMatchObject({ seq: before.audit.seq + 1 });
  });

  it('refuses to run before ours has recorded a copy', async () => {
    await expect(copyRecords(db, MEETING)).rejects.toThrow('No copy of these minutes has been recorded yet.');
  });
});
