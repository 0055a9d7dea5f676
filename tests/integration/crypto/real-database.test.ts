/** The app's own database class and repositories, with the middleware added from outside as the lead will wire it. */
import { summariseFamily } from '../../../shared/domain/family-summary';
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateDataKey } from '../../../renderer/data/crypto/data-key';
import { encryptionMiddleware } from '../../../renderer/data/crypto/encryption-middleware';
import { KeySession } from '../../../renderer/data/crypto/key-session';
import { SEALED_FIELD } from '../../../renderer/data/crypto/record-sealing';
import { TeamAroundDatabase } from '../../../renderer/data/db';
import { createActionRepository } from '../../../renderer/data/repositories/actions';
import { createAuditRepository } from '../../../renderer/data/repositories/audit';
import { createDraftRepository } from '../../../renderer/data/repositories/drafts';
import { createFamilyRepository, type FamilyContent } from '../../../renderer/data/repositories/families';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../renderer/data/schema';
import type { Action } from '../../../shared/domain/action';
import { FIRST_PAGE_ID } from '../../../shared/domain/family-list-first-page';
import { upgradeFamilyV1 } from '../../../shared/domain/family-record';

let n = 0;
const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

function encrypted(name: string, session: KeySession): TeamAroundDatabase {
  names.push(name);
  const db = new TeamAroundDatabase(name);
  db.use(encryptionMiddleware({ session, schemaVersion: CURRENT_SCHEMA_VERSION }));
  return db;
}

function unlocked(): KeySession {
  const session = new KeySession();
  session.unlock(generateDataKey());
  return session;
}

function familyContent(name: string): FamilyContent {
  const { familyName, households, carers, children, safetyFlags } = upgradeFamilyV1({
    id: 'family000001',
    familyName: `${name} family`,
    carers: [{ id: 'carer0000001', name, relationship: 'Parent', phone: '07700 900123', email: '' }],
    children: [{ id: 'child0000001', name: 'Persephone Quillfeather', dateOfBirth: '2016-11-23', school: 'Ysgol Gymraeg' }],
    createdAt: '',
    updatedAt: '',
    isPractice: false,
  });
  return { familyName, households, carers, children, safetyFlags };
}

function action(id: string, dueDate: string | null, status: Action['status']): Action {
  return {
    id: id.padEnd(12, '0'),
    familyId: 'family000001',
    meetingId: 'meeting00001',
    childId: null,
    what: `Ring Zebedee Quillfeather about ${id}`,
    ownerName: 'Zebedee Quillfeather',
    dueDate,
    howWeWillKnow: '',
    status,
    note: '',
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
  };
}

describe('TeamAroundDatabase with the middleware', () => {
  it('the repositories work unchanged and IndexedDB holds no names', async () => {
    const name = `real-db-${++n}`;
    const db = encrypted(name, unlocked());
    await db.open();
    const audit = createAuditRepository(db, () => 'Test chair');
    const families = createFamilyRepository(db, audit);
    const created = await families.create(familyContent('Zebedee Quillfeather'));
    const updated = await families.update(created.id, { ...familyContent('Zebedee Quillfeather'), familyName: 'Quillfeather-Drinkwater family' });
    expect(await families.get(created.id)).toEqual(updated);
    expect(await families.list()).toEqual([summariseFamily(updated)]);
    // The list's read writes its first page (0063) in a transaction of its own, just after.
    await vi.waitFor(async () => expect(await db.familyListPages.get(FIRST_PAGE_ID)).toMatchObject({ id: FIRST_PAGE_ID, count: 1 }));
    expect(await audit.verify()).toEqual({ ok: true });
    expect((await audit.forFamily(created.id)).map((e) => e.action)).toEqual(['update', 'create']);

    const actions = createActionRepository(db);
    await actions.saveMany([action('a', '2026-12-01', 'not-started'), action('b', '2026-11-20', 'in-progress'), action('c', '2026-11-10', 'done'), action('g', '2026-11-01', 'not-started')]);
    expect((await actions.openDueBefore('2026-11-23')).map((a) => a.id)).toEqual(['g00000000000', 'b00000000000']);
    expect((await actions.openDueBefore('2026-12-31', 1)).map((a) => a.id)).toEqual(['g00000000000']);
    expect(await actions.forFamily('family000001')).toHaveLength(4);

    const drafts = createDraftRepository(db);
    await drafts.save('family-form:new', { familyName: 'Zebedee Quillfeather' });
    expect((await drafts.load('family-form:new', (v): v is { familyName: string } => typeof v === 'object'))?.value).toEqual({ familyName: 'Zebedee Quillfeather' });
    db.close();

    const raw = new Dexie(name);
    await raw.open();
    const rows = (await Promise.all(raw.tables.map((t) => t.toArray()))).flat() as Array<Record<string, unknown>>;
    // 1 family, its list summary, the list page holding it and the list's first page, 2 audit entries and the audit tip (settings), 4 actions, 1 draft.
    expect(rows).toHaveLength(12);
    expect(rows.every((r) => r[SEALED_FIELD] instanceof Uint8Array)).toBe(true);
    const clone = serialize(rows);
    for (const word of ['Zebedee', 'Quillfeather', 'Persephone', 'Drinkwater', 'Ysgol']) {
      expect(clone.includes(Buffer.from(word, 'latin1')) || clone.includes(Buffer.from(word, 'utf16le')), word).toBe(false);
    }
    raw.close();
  });

  it('upgrades an encrypted version 1 database exactly as it upgrades a plain one', async () => {
    const fixture = join(import.meta.dirname, '../../fixtures/schema/v1.json');
    const v1 = JSON.parse(readFileSync(fixture, 'utf8')) as { tables: Record<string, unknown[]> };
    const session = unlocked();
    const dumps: Array<Record<string, unknown[]>> = [];
    for (const withEncryption of [true, false]) {
      const name = `real-db-${++n}`;
      names.push(name);
      const old = new Dexie(name);
      if (withEncryption) old.use(encryptionMiddleware({ session, schemaVersion: 1 }));
      const first = SCHEMA_VERSIONS[0]!;
      old.version(first.version).stores(first.stores);
      await old.open();
      for (const [table, rows] of Object.entries(v1.tables)) await old.table(table).bulkAdd(rows);
      old.close();

      const db = withEncryption ? encrypted(name, session) : new TeamAroundDatabase(name);
      await db.open();
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
      const dump: Record<string, unknown[]> = {};
      for (const table of db.tables) dump[table.name] = await table.toArray();
      dumps.push(dump);
      db.close();
    }
    expect(Object.values(dumps[0] ?? {}).flat().length).toBeGreaterThan(0);
    expect(dumps[0]).toEqual(dumps[1]);
  });
});
