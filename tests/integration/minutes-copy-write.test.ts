import 'fake-indexeddb/auto';
import type { DBCore, DBCoreTable, Middleware } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TeamAroundDatabase } from '../../renderer/data/db';
import { AUDIT_TIP_KEY, createAuditRepository } from '../../renderer/data/repositories/audit';
import { createMinutesRepository } from '../../renderer/data/repositories/minutes';
import { minutesContentSchema, type DistributionEntry, type MinutesContent, type MinutesRow } from '../../shared/domain/minutes';

/**
 * How the record of a saved copy is written (0065): one transaction, the reads sent together and
 * the writes sent together, and the audit trail's rules kept. Counted below Dexie, as IndexedDB
 * sees the requests: a "round trip" is a batch of requests sent before any answer came back.
 */
interface Traffic {
  transactions: number;
  requests: string[];
  roundTrips: number;
  answered: boolean;
  failMinutesPut: boolean;
}

let db: TeamAroundDatabase;
let traffic: Traffic;
let n = 0;
let clock = Date.parse('2026-11-23T09:00:00.000Z');
const now = () => new Date((clock += 1000));

function counting(): Middleware<DBCore> {
  const sent = <T>(what: string, request: () => Promise<T>): Promise<T> => {
    if (traffic.answered || traffic.requests.length === 0) traffic.roundTrips++;
    traffic.answered = false;
    traffic.requests.push(what);
    return request().finally(() => {
      traffic.answered = true;
    });
  };
  return {
    stack: 'dbcore',
    name: 'CountRequests',
    create: (down) => ({
      ...down,
      transaction: (stores, mode, options) => {
        traffic.transactions++;
        return down.transaction(stores, mode, options);
      },
      table: (name): DBCoreTable => {
        const table = down.table(name);
        return {
          ...table,
          get: (req) => sent(`get ${name}`, () => table.get(req)),
          getMany: (req) => sent(`getMany ${name}`, () => table.getMany(req)),
          query: (req) => sent(`query ${name}`, () => table.query(req)),
          openCursor: (req) => sent(`cursor ${name}`, () => table.openCursor(req)),
          count: (req) => sent(`count ${name}`, () => table.count(req)),
          mutate: (req) =>
            sent(`${req.type} ${name}`, () => (traffic.failMinutesPut && name === 'minutes' && req.type === 'put' ? Promise.reject(new Error('The disk is full.')) : table.mutate(req))),
        };
      },
    }),
  };
}

function resetTraffic(): void {
  traffic = { transactions: 0, requests: [], roundTrips: 0, answered: false, failMinutesPut: false };
}

beforeEach(async () => {
  resetTraffic();
  db = new TeamAroundDatabase(`minutes-copy-write-${++n}`);
  db.use(counting());
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const FAMILY = 'family0000000001';
const MEETING = 'meeting000000001';
const MUM = { id: 'carer00000000001', kind: 'family-member' as const, name: 'Ana Ruiz', role: 'Mum', agency: '' };

function content(): MinutesContent {
  return minutesContentSchema.parse({
    familyId: FAMILY,
    meetingId: MEETING,
    title: 'Minutes: Team Around the Family first meeting',
    meetingName: 'Team Around the Family first meeting',
    meetingDate: '2026-11-23',
    chairName: 'Sam Patel',
    chairRole: 'Family support worker',
    venue: { kind: 'place', name: 'Larkfield Family Hub', address: '' },
    marking: 'OFFICIAL-SENSITIVE',
    practice: false,
    childNames: ['Tobi'],
    sections: [{ id: 'family-views', heading: "The family's views", familyHeading: 'What you told us', blocks: [{ kind: 'paragraph', runs: [{ text: 'Mornings are hard.' }] }], familyBlocks: [] }],
    childLetters: [],
    glossary: [],
    builtAt: '2026-11-23T10:00:00.000Z',
  });
}

function repos() {
  const audit = createAuditRepository(db, () => 'Sam Patel', now);
  return { audit, minutes: createMinutesRepository(db, audit, now) };
}

async function finalMinutes(): Promise<MinutesRow> {
  const { minutes } = repos();
  const started = await minutes.startDraft({ id: MEETING, familyId: FAMILY }, 'Sam Patel');
  if (!started.ok) throw new Error(started.message);
  const id = started.row.id;
  await minutes.sendToFamily(id, content(), 'Sam Patel', 'On this laptop');
  await minutes.recordResponse(id, {
    id: 'response00000001',
    kind: 'agreed',
    words: '',
    how: 'in-person-on-laptop',
    givenBy: { personId: MUM.id, name: MUM.name },
    givenOn: '2026-11-23',
    recordedAt: '2026-11-23T11:00:00.000Z',
    recordedBy: 'Sam Patel',
    sections: [{ sectionId: 'family-views', answer: 'right', words: '' }],
  });
  const final = await minutes.finalise(id, content(), 'Sam Patel');
  if (!final.ok) throw new Error(final.message);
  return final.row;
}

const COPY: Omit<DistributionEntry, 'id'> = { recipient: MUM, basis: { kind: 'family', summary: 'The family’s own copy' }, document: 'minutes', format: 'pdf', version: 1, at: '2026-11-23T12:00:00.000Z', by: 'Sam Patel' };

describe('recording a saved copy', () => {
  it('reads the row and the trail’s end together, then the meeting’s summary and minutes for its flag, then writes the row, the entry, the tip and the summary together: one transaction, three round trips', async () => {
    const row = await finalMinutes();
    resetTraffic();
    const recorded = await repos().minutes.recordCopy(row.id, COPY);
    expect(recorded.ok).toBe(true);
    expect(traffic.transactions).toBe(1);
    expect(traffic.roundTrips).toBe(3);
    expect([...traffic.requests.slice(0, 3)].sort()).toEqual(['get minutes', 'get settings', 'query audit']);
    // This meeting has no summary stored, so there is none to write with its flag (0066).
    expect([...traffic.requests.slice(3, 5)].sort()).toEqual(['get meetingSummaries', 'query minutes']);
    expect([...traffic.requests.slice(5)].sort()).toEqual(['add audit', 'put minutes', 'put settings']);
  });

  it('keeps the chain whole and its recorded end at the new entry, copy after copy', async () => {
    const row = await finalMinutes();
    const { minutes, audit } = repos();
    for (let i = 0; i < 3; i++) expect((await minutes.recordCopy(row.id, COPY)).ok).toBe(true);
    const last = await db.audit.orderBy('seq').last();
    expect(last).toMatchObject({ action: 'export', recordType: 'minutes/minutes/v1/pdf/family', recordId: row.id, recipients: [MUM.id] });
    expect(await audit.tip()).toEqual({ seq: last?.seq, hash: last?.hash });
    expect((await minutes.get(row.id))?.distribution).toHaveLength(3);
    expect(await audit.check()).toEqual({ verdict: { ok: true }, entries: last?.seq });
  });

  it('writes neither the entry nor the tip when the row cannot be written', async () => {
    const row = await finalMinutes();
    const { minutes, audit } = repos();
    const before = { tip: await audit.tip(), entries: await db.audit.count() };
    traffic.failMinutesPut = true;
    await expect(minutes.recordCopy(row.id, COPY)).rejects.toThrow();
    traffic.failMinutesPut = false;
    expect(await audit.tip()).toEqual(before.tip);
    expect(await db.audit.count()).toBe(before.entries);
    expect((await minutes.get(row.id))?.distribution).toEqual([]);
    expect(await audit.verify()).toEqual({ ok: true });
  });

  it('still says in the trail that its recorded end was removed before writing the copy’s entry after it', async () => {
    const row = await finalMinutes();
    const { minutes, audit } = repos();
    const end = (await db.audit.orderBy('seq').last())?.seq ?? 0;
    await db.settings.delete(AUDIT_TIP_KEY);
    expect((await minutes.recordCopy(row.id, COPY)).ok).toBe(true);
    expect((await db.audit.get(end + 1))?.action).toBe('record-altered');
    expect((await db.audit.get(end + 2))?.action).toBe('export');
    expect(await audit.verify()).toMatchObject({ ok: false, brokenAt: end + 1, reason: expect.stringContaining('the record of where the log ended had been removed') });
  });
});
