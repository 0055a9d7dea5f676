/**
 * The meeting summaries the home screen reads (decision 0057) stay in step with the meetings on
 * every path that writes meetings: planning, editing, cancelling and telling people (the meetings
 * repository), disposal, and restoring a backup (which rebuilds them rather than trusting a copy
 * in the file). Key rotation re-seals them like every table: tests/integration/crypto/key-rotation.test.ts.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeBackup } from '../../renderer/data/crypto/backup-crypto';
import type { TeamAroundDatabase } from '../../renderer/data/db';
import { createAuditRepository } from '../../renderer/data/repositories/audit';
import { removalTables, removeFamiliesWithin } from '../../renderer/data/repositories/disposal';
import { createMeetingRepository, type MeetingInput, type MeetingRepository } from '../../renderer/data/repositories/meetings';
import { BACKUP_MESSAGES } from '../../shared/backup/backup-format';
import type { Meeting, MeetingInvitee } from '../../shared/domain/meeting';
import { summariseMeeting } from '../../shared/domain/meeting-summary';
import { summariseMeetingV5 } from '../../renderer/data/migrations/v6';
import { summaryRow } from '../../renderer/data/repositories/minutes-open';
import { databaseContents } from './backup/arbitraries';
import { dump, NOW, PASSPHRASE, useProfiles } from './backup/support';

const A = 'family000000000A';
const B = 'family000000000B';
const mum: MeetingInvitee = { kind: 'family', id: 'carer00000000001', name: 'Ana Ruiz', role: 'Mum', agency: '', email: '' };

function input(over: Partial<MeetingInput> = {}): MeetingInput {
  return {
    kind: 'review',
    startsAt: '2026-12-03T16:00:00+00:00[Europe/London]',
    lengthMinutes: 60,
    venue: 'Oakfield Academy',
    place: null,
    privacyNote: '',
    accessNote: '',
    childAttends: false,
    invitees: [mum],
    agenda: null,
    ...over,
  };
}

function meetingsOf(db: TeamAroundDatabase): MeetingRepository {
  let clock = NOW.getTime();
  const now = () => new Date((clock += 1000));
  return createMeetingRepository(db, createAuditRepository(db, () => 'Jo Chair', now), now);
}

/** Every summary, and what the meetings stored now say they should be (these have no minutes: open unless off, 0066). */
async function summariesAndExpected(db: TeamAroundDatabase) {
  const meetings = await db.meetings.toArray();
  return { stored: await db.meetingSummaries.toArray(), expected: meetings.map((m) => summaryRow(m, [])) };
}

const { keyring, profile } = useProfiles('all');

describe('meeting summaries', () => {
  it('are written with each meeting when it is planned, changed, cancelled and when people are told', async () => {
    const { db } = await profile('summaries-repo');
    const meetings = meetingsOf(db);
    const first = await meetings.create(A, input());
    expect(await db.meetingSummaries.get(first.id)).toEqual({ id: first.id, familyId: A, kind: 'review', startsAt: first.startsAt, lengthMinutes: 60, status: 'planned', minutesOpen: 1 });

    const moved = await meetings.update(first.id, { startsAt: '2026-12-10T09:30:00+00:00[Europe/London]', lengthMinutes: 90, kind: 'closing' });
    expect(await db.meetingSummaries.get(first.id)).toEqual({ id: first.id, familyId: A, kind: 'closing', startsAt: moved.startsAt, lengthMinutes: 90, status: 'planned', minutesOpen: 1 });

    const change = moved.changes[0];
    if (!change) throw new Error('expected a change entry');
    await meetings.markTold(first.id, change.id, mum.id, 'phone');
    await meetings.update(first.id, { status: 'cancelled', cancelReason: 'The family asked to move it.' });
    expect(await db.meetingSummaries.get(first.id)).toMatchObject({ status: 'cancelled', kind: 'closing', minutesOpen: 0 });

    await meetings.create(B, input({ kind: 'pre-meeting' }));
    const { stored, expected } = await summariesAndExpected(db);
    expect(stored).toHaveLength(2);
    expect(stored).toEqual(expected);
  });

  it('are not written when the meeting is refused', async () => {
    const { db } = await profile('summaries-refused');
    await expect(meetingsOf(db).create(A, input({ lengthMinutes: 5 }))).rejects.toThrow();
    expect(await db.meetingSummaries.count()).toBe(0);
    expect(await db.meetings.count()).toBe(0);
  });

  it('are removed with the family when it is disposed of, and only that family’s', async () => {
    const { db } = await profile('summaries-disposal');
    const meetings = meetingsOf(db);
    await meetings.create(A, input());
    await meetings.create(A, input({ kind: 'first' }));
    const kept = await meetings.create(B, input());
    const audit = createAuditRepository(db, () => 'Jo Chair', () => NOW);
    const removal = await db.transaction('rw', removalTables(db), () => removeFamiliesWithin(db, audit, [A]));
    // Part of the meetings themselves: not counted as records of their own.
    expect(removal.linked).not.toHaveProperty('meetingSummaries');
    expect(removal.linked.meetings).toBe(2);
    expect((await db.meetingSummaries.toArray()).map((s) => s.id)).toEqual([kept.id]);
  });

  it('are left out of a backup and rebuilt from the restored meetings, replacing what was there', async () => {
    const source = await profile('summaries-source', keyring());
    const meetings = meetingsOf(source.db);
    const a = await meetings.create(A, input());
    await meetings.update(a.id, { status: 'cancelled' });
    await meetings.create(B, input({ kind: 'first' }));
    const made = await source.service.makeBackup();
    expect(made.counts.map((c) => c.table)).not.toContain('meetingSummaries');

    const target = await profile('summaries-target');
    const stale = await meetingsOf(target.db).create(A, input());
    const inspected = await target.service.inspectBackup(made.bytes, { passphrase: PASSPHRASE });
    if (!inspected.ok) throw new Error(inspected.message);
    await target.service.restoreBackup(inspected.backup);

    const { stored, expected } = await summariesAndExpected(target.db);
    expect(stored).toEqual(expected);
    expect(stored.map((s) => s.id).sort()).toEqual((await source.db.meetingSummaries.toArray()).map((s) => s.id).sort());
    expect(stored.map((s) => s.id)).not.toContain(stale.id);
    expect(stored.find((s) => s.id === a.id)?.status).toBe('cancelled');
  });

  it('are rebuilt from a backup made before they existed (version 5); an older backup is still refused', async () => {
    const source = await profile('summaries-v5-source', keyring());
    const made = await meetingsOf(source.db).create(A, input());
    const tables = await dump(source.db);
    delete tables.meetingSummaries;
    delete tables.familyListPages;
    delete tables.homeStatus;
    const backupAt = (schemaVersion: number) => writeBackup({ tables, dataKey: keyring().dataKey, keyEnvelope: keyring().envelope, schemaVersion, now: NOW });

    const target = await profile('summaries-v5-target');
    const v5 = await target.service.inspectBackup(backupAt(5), { passphrase: PASSPHRASE });
    if (!v5.ok) throw new Error(v5.message);
    expect(v5.backup.schemaVersion).toBe(5);
    await target.service.restoreBackup(v5.backup);
    expect(await target.db.meetingSummaries.toArray()).toEqual([summaryRow(made, [])]);

    const v4 = await target.service.inspectBackup(backupAt(4), { passphrase: PASSPHRASE });
    expect(v4).toMatchObject({ ok: false, message: BACKUP_MESSAGES['unsupported-schema'] });
  });

  it('are made by the version 6 upgrade exactly as the repository makes them, for meetings old and new', () => {
    const meetings = fc.sample(databaseContents, { numRuns: 40, seed: 57 }).flatMap((c) => c.meetings ?? []) as Meeting[];
    expect(meetings.length).toBeGreaterThan(10);
    // The oldest rows have no status: both read them as planned.
    const old = meetings.map(({ status: _status, ...rest }) => rest);
    const cancelled = meetings.map((m): Meeting => ({ ...m, status: 'cancelled' }));
    for (const m of [...meetings, ...old, ...cancelled]) expect(summariseMeetingV5(m)).toEqual(summariseMeeting(m));
    expect(summariseMeetingV5(cancelled[0])?.status).toBe('cancelled');
  });
});
