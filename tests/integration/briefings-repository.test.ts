/**
 * Briefings on fake-indexeddb: the school's side (start, autosave, export, remove) and the chair's
 * (preview, import). Importing is all or nothing: a refused file, or a failure half-way through
 * the write, leaves the tables and the audit trail exactly as they were; the same briefing twice
 * is not duplicated, and a changed copy replaces the earlier one only when the chair says so.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TeamAroundDatabase } from '../../renderer/data/db';
import { validateBackupRecord } from '../../renderer/data/backup/backup-tables';
import { createAuditRepository, type AuditRepository } from '../../renderer/data/repositories/audit';
import { createBriefingRepository } from '../../renderer/data/repositories/briefings';
import { createMeetingRepository, type MeetingInput } from '../../renderer/data/repositories/meetings';
import { StorageError } from '../../renderer/data/errors';
import { writeBriefingFile, type BriefingFile } from '../../shared/briefing/file-format';
import { toReceivedReport } from '../../shared/briefing/received';
import { defaultAgendaTemplates } from '../../shared/domain/agenda-templates';
import { upgradeFamilyV1 } from '../../shared/domain/family-record';
import type { PlannedMeeting } from '../../shared/domain/meeting';
import { agendaFromTemplate } from '../../shared/rules/agenda';
import { filledBody, filledBriefing, IDS, request } from '../unit/briefings/fixtures';

let db: TeamAroundDatabase;
let n = 0;
let clock = Date.parse('2026-11-24T09:00:00.000Z');
const now = () => new Date((clock += 1000));

beforeEach(async () => {
  db = new TeamAroundDatabase(`briefings-test-${++n}`);
  await db.open();
  await db.families.put(
    upgradeFamilyV1({
      id: IDS.family,
      familyName: 'Ruiz family',
      carers: [{ id: 'carer0000000001', name: 'Ana Ruiz', relationship: 'Mum', phone: '', email: '' }],
      children: [{ id: IDS.child, name: 'Leo Ruiz', dateOfBirth: '2016-02-03', school: 'Oak Lane Primary School' }],
      createdAt: '2026-11-01T09:00:00.000Z',
      updatedAt: '2026-11-01T09:00:00.000Z',
      isPractice: false,
    }),
  );
});
afterEach(async () => {
  db.close();
  await db.delete();
});

function repos(auditOverride?: AuditRepository) {
  const audit = createAuditRepository(db, () => 'Sam Taylor', now);
  return { audit, meetings: createMeetingRepository(db, audit, now), briefings: createBriefingRepository(db, auditOverride ?? audit, now) };
}

function meetingInput(): MeetingInput {
  let id = 0;
  return {
    kind: 'first',
    startsAt: '2026-12-03T16:00:00+00:00[Europe/London]',
    lengthMinutes: 60,
    venue: 'Oak Lane Primary School',
    place: { kind: 'place', name: 'Oak Lane Primary School', address: '' },
    privacyNote: '',
    accessNote: '',
    childAttends: false,
    invitees: [],
    agenda: agendaFromTemplate(defaultAgendaTemplates().first, { meetingKind: 'first', openActions: [], childAttends: false, newId: () => `item${String(++id).padStart(8, '0')}` }),
  };
}

async function plan(): Promise<PlannedMeeting> {
  return repos().meetings.create(IDS.family, meetingInput());
}

/** The school's briefing file for this meeting. */
function fileFor(meeting: PlannedMeeting, over: Parameters<typeof filledBody>[0] = {}): Uint8Array {
  return writeBriefingFile(filledBody({ request: request({ meetingId: meeting.id }), ...over }));
}

async function snapshot() {
  return { briefings: await db.briefings.toArray(), audit: await db.audit.count(), settings: await db.settings.toArray() };
}

describe('bringing a briefing into a meeting', () => {
  it('previews without writing anything: the child here, the meeting, and the item it will go beside', async () => {
    const meeting = await plan();
    const before = await snapshot();
    const preview = await repos().briefings.preview(fileFor(meeting), 'Leo.tabriefing', meeting.id);
    expect(preview).toMatchObject({
      ok: true,
      fileName: 'Leo.tabriefing',
      child: { id: IDS.child, name: 'Leo Ruiz', dateOfBirth: '2016-02-03' },
      childMatches: true,
      meetingLabel: 'first meeting on Thursday 3 December 2026 at 4pm',
      already: { state: 'new' },
    });
    const updates = meeting.agenda?.items.find((i) => i.title === 'Updates from each service');
    expect(preview.ok && preview.suggestedItemId).toBe(updates?.id);
    expect(await snapshot()).toEqual(before);
  });

  it('says when the name or date of birth the author wrote differs from the family’s record', async () => {
    const meeting = await plan();
    const preview = await repos().briefings.preview(fileFor(meeting, { child: { name: 'Leon Ruiz', dateOfBirth: '03/02/2016' } }), 'x.tabriefing', meeting.id);
    expect(preview).toMatchObject({ ok: true, childMatches: false });
  });

  it('stores it beside the chosen item with an audit entry naming no content; importing it again changes nothing', async () => {
    const meeting = await plan();
    const { briefings, audit } = repos();
    const item = meeting.agenda?.items[2]?.id ?? null;
    const first = await briefings.importFile(fileFor(meeting), 'Leo.tabriefing', { meetingId: meeting.id, agendaItemId: item, replace: false });
    expect(first).toMatchObject({ ok: true, replaced: false, row: { id: IDS.briefing, familyId: IDS.family, meetingId: meeting.id, agendaItemId: item, fileName: 'Leo.tabriefing' } });
    const stored = await briefings.receivedFor(meeting.id);
    expect(stored).toHaveLength(1);
    expect(toReceivedReport(stored[0] as (typeof stored)[number])).toMatchObject({ id: IDS.briefing, agendaItemId: item, author: { name: 'Kim Wu' } });
    const entries = await audit.forFamily(IDS.family);
    expect(entries[0]).toMatchObject({ action: 'create', recordType: 'briefing', recordId: IDS.briefing, familyId: IDS.family, actor: 'Sam Taylor' });
    expect(JSON.stringify(entries)).not.toContain('Leo');

    const before = await snapshot();
    const again = await briefings.importFile(fileFor(meeting), 'Leo copy.tabriefing', { meetingId: meeting.id, agendaItemId: null, replace: true });
    expect(again).toEqual({ ok: false, problem: 'already-here', message: 'This briefing is already here: it was brought in on 24 November 2026. Nothing was changed.' });
    expect(await briefings.preview(fileFor(meeting), 'x', meeting.id)).toMatchObject({ ok: false, problem: 'already-here' });
    expect(await snapshot()).toEqual(before);
  });

  it('takes in a changed copy of the same briefing only when the chair says to replace the earlier one', async () => {
    const meeting = await plan();
    const { briefings } = repos();
    await briefings.importFile(fileFor(meeting), 'v1.tabriefing', { meetingId: meeting.id, agendaItemId: null, replace: false });
    const changed = fileFor(meeting, { sections: { ...filledBriefing().sections, worries: 'Fewer worries since half term.' } });
    expect(await briefings.preview(changed, 'v2.tabriefing', meeting.id)).toMatchObject({ ok: true, already: { state: 'changed' } });
    const before = await snapshot();
    expect(await briefings.importFile(changed, 'v2.tabriefing', { meetingId: meeting.id, agendaItemId: null, replace: false })).toMatchObject({ ok: false, problem: 'changed' });
    expect(await snapshot()).toEqual(before);
    expect(await briefings.importFile(changed, 'v2.tabriefing', { meetingId: meeting.id, agendaItemId: null, replace: true })).toMatchObject({ ok: true, replaced: true });
    const rows = await briefings.receivedFor(meeting.id);
    expect(rows.map((r) => [r.fileName, r.briefing.content.worries])).toEqual([['v2.tabriefing', 'Fewer worries since half term.']]);
    expect((await repos().audit.forFamily(IDS.family))[0]).toMatchObject({ action: 'update', recordType: 'briefing' });
  });

  it('refuses a briefing for another meeting, a meeting not here, or a child not in the family, writing nothing', async () => {
    const meeting = await plan();
    const other = await plan();
    const { briefings } = repos();
    const before = await snapshot();
    const choice = { meetingId: meeting.id, agendaItemId: null, replace: false };
    expect(await briefings.importFile(fileFor(other), 'x', choice)).toMatchObject({ ok: false, problem: 'other-meeting', message: expect.stringContaining('the first meeting on Thursday 3 December 2026 at 4pm') });
    expect(await briefings.importFile(writeBriefingFile(filledBody({ request: request({ meetingId: 'meeting0000000000000000000000099' }) })), 'x', choice)).toMatchObject({ ok: false, problem: 'unknown-meeting' });
    expect(await briefings.importFile(fileFor(meeting, { request: request({ meetingId: meeting.id, childId: IDS.otherChild }) }), 'x', choice)).toMatchObject({ ok: false, problem: 'unknown-child' });
    expect(await snapshot()).toEqual(before);
    expect(await db.briefings.count()).toBe(0);
  });

  it('writes nothing when the write fails half-way (the audit entry cannot be written)', async () => {
    const meeting = await plan();
    const real = repos().audit;
    const failing: AuditRepository = {
      ...real,
      appendWithin: async () => {
        throw new Error('disk trouble');
      },
    };
    const before = await snapshot();
    await expect(repos(failing).briefings.importFile(fileFor(meeting), 'x', { meetingId: meeting.id, agendaItemId: null, replace: false })).rejects.toBeInstanceOf(StorageError);
    expect(await snapshot()).toEqual(before);
  });

  it('never writes anything for generated malformed, cut-short or altered files', async () => {
    const meeting = await plan();
    const good = fileFor(meeting);
    const goodFile = JSON.parse(new TextDecoder().decode(good)) as BriefingFile;
    const { briefings } = repos();
    const before = await snapshot();
    const malformed = fc.oneof(
      fc.integer({ min: 0, max: good.length - 2 }).map((end) => good.slice(0, end)),
      fc.tuple(fc.integer({ min: 0, max: good.length - 1 }), fc.integer({ min: 0, max: 255 })).map(([at, v]) => {
        const b = good.slice();
        b[at] = v;
        return b;
      }),
      fc.string({ maxLength: 40 }).map((worries) => new TextEncoder().encode(JSON.stringify({ ...goodFile, content: { ...goodFile.content, worries } }))),
      fc.jsonValue().map((v) => new TextEncoder().encode(JSON.stringify(v) ?? '')),
    );
    await fc.assert(
      fc.asyncProperty(malformed, async (bytes) => {
        const outcome = await briefings.importFile(bytes, 'x', { meetingId: meeting.id, agendaItemId: null, replace: true });
        if (outcome.ok) {
          // Only a change to the layout of the JSON reads as the same briefing; take it out again.
          expect(outcome.row.briefing).toEqual(goodFile);
          await db.briefings.clear();
          return;
        }
        expect(outcome.message).toMatch(/Nothing was/);
        expect(await db.briefings.count()).toBe(0);
      }),
      { numRuns: 60 },
    );
    expect((await snapshot()).briefings).toEqual(before.briefings);
  });
});

describe('a briefing written here, on the school’s side', () => {
  it('starts from a request, saves as typed, records exports and removal in the audit trail by id only', async () => {
    const { briefings, audit } = repos();
    const started = await briefings.startAuthored(request(), { name: 'Kim Wu', role: 'SENCO' });
    expect(started).toMatchObject({ kind: 'school-briefing', author: { name: 'Kim Wu', role: 'SENCO', agency: 'Oak Lane Primary School' }, writtenOn: '24/11/2026', child: { name: 'Leo Ruiz', dateOfBirth: '03/02/2016' }, exportedAt: null });
    await briefings.saveAuthored({ ...started, sections: { ...started.sections, worries: 'Tired on Mondays ' } });
    expect((await briefings.getAuthored(started.id))?.sections.worries).toBe('Tired on Mondays ');
    expect((await briefings.authored()).map((b) => b.id)).toEqual([started.id]);

    await briefings.recordAuthoredExport(started.id, 'word');
    expect((await briefings.getAuthored(started.id))?.exportedAt).toBeNull();
    await briefings.recordAuthoredExport(started.id, 'briefing-file');
    expect((await briefings.getAuthored(started.id))?.exportedAt).toEqual(expect.any(String));

    // A later save from the form (which still holds exportedAt: null) keeps when it was exported.
    await briefings.saveAuthored({ ...started, exportedAt: null, sections: { ...started.sections, worries: 'Tired on Mondays.' } });
    expect(await briefings.getAuthored(started.id)).toMatchObject({ exportedAt: expect.any(String), createdAt: started.createdAt, sections: { worries: 'Tired on Mondays.' } });

    await expect(briefings.saveAuthored({ ...started, sections: { ...started.sections, worries: 'x'.repeat(20_001) } })).rejects.toThrow('Part of the briefing is too long to save');

    await briefings.removeAuthored(started.id);
    expect(await briefings.authored()).toEqual([]);
    // A save still queued from the form does not bring it back.
    await expect(briefings.saveAuthored(started)).rejects.toThrow('This briefing could not be found');
    expect(await db.authoredBriefings.count()).toBe(0);
    const entries = (await db.audit.orderBy('seq').toArray()).map((e) => [e.action, e.recordType, e.recordId]);
    expect(entries).toEqual([
      ['create', 'authored-briefing', started.id],
      ['export', 'authored-briefing-word', started.id],
      ['export', 'authored-briefing-briefing-file', started.id],
      ['disposal', 'authored-briefing', started.id],
    ]);
    expect(JSON.stringify(await audit.check())).toContain('"ok":true');
  });
});

describe('backups check briefing rows with their own schemas', () => {
  it('accepts stored rows and refuses an altered or bare one', async () => {
    const meeting = await plan();
    const { briefings } = repos();
    const outcome = await briefings.importFile(fileFor(meeting), 'x', { meetingId: meeting.id, agendaItemId: null, replace: false });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(validateBackupRecord('briefings', outcome.row)).toBe(true);
    const { row } = outcome;
    expect(validateBackupRecord('briefings', { ...row, briefing: { ...row.briefing, content: { ...row.briefing.content, worries: 'changed' } } })).toBe(false);
    expect(validateBackupRecord('briefings', { id: row.id, familyId: row.familyId, meetingId: row.meetingId })).toBe(false);
    const authored = await briefings.startAuthored(request(), { name: 'Kim Wu', role: 'SENCO' });
    expect(validateBackupRecord('authoredBriefings', authored)).toBe(true);
    expect(validateBackupRecord('authoredBriefings', { id: authored.id, content: 'x' })).toBe(false);
  });
});
