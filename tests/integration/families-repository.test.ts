import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TeamAroundDatabase } from '../../renderer/data/db';
import { createFamilyRepository, type FamilyContent } from '../../renderer/data/repositories/families';
import { createAuditRepository } from '../../renderer/data/repositories/audit';
import { createDraftRepository } from '../../renderer/data/repositories/drafts';
import { StorageError } from '../../renderer/data/errors';
import { upgradeFamilyV1 } from '../../shared/domain/family-record';

const NAMES = [
  'Siobhán Ní Bhriain',
  'Ștefan Rădulescu',
  'محمد الحسن',
  'O’Brien',
  "O'Brien",
  'Llŷr ap Gwyn',
  'Zoë-Anne Saint-Éloi',
  'Nguyễn Thị Minh Khai',
  '김민준',
  'A',
  'x'.repeat(300),
];

function family(name: string): FamilyContent {
  const { familyName, households, carers, children, safetyFlags } = upgradeFamilyV1({
    id: 'family000001',
    familyName: name.length > 200 ? name : `${name} family`,
    carers: [{ id: 'carer0000001', name, relationship: 'Parent', phone: '07700 900123', email: '' }],
    children: [{ id: 'child0000001', name, dateOfBirth: '2016-11-23', school: 'Ysgol Gymraeg' }],
    createdAt: '',
    updatedAt: '',
    isPractice: false,
  });
  return { familyName, households, carers, children, safetyFlags };
}

function repository(now?: () => Date) {
  return createFamilyRepository(db, createAuditRepository(db, () => 'Test chair'), now);
}

let db: TeamAroundDatabase;
let n = 0;

beforeEach(async () => {
  db = new TeamAroundDatabase(`families-test-${++n}`);
  await db.open();
});

afterEach(async () => {
  db.close();
  await db.delete();
});

describe('family repository', () => {
  it('stores and reads back every kind of name exactly', async () => {
    const repo = repository();
    for (const name of NAMES) await repo.create(family(name));
    const stored = await repo.list();
    expect(stored.map((f) => f.carers[0]?.name).sort()).toEqual([...NAMES].sort());
    expect(stored.map((f) => f.children[0]?.name).sort()).toEqual([...NAMES].sort());
  });

  it('gives each family an id and timestamps, and is not a practice family unless asked', async () => {
    const times = [new Date('2026-11-23T09:00:00Z'), new Date('2026-11-23T10:30:00Z')];
    const repo = repository(() => times.shift() ?? new Date());
    const created = await repo.create(family('Ahmed'));
    expect(created.id).toMatch(/^[0-9a-f]{32}$/);
    expect(created.createdAt).toBe('2026-11-23T09:00:00.000Z');
    expect(created.isPractice).toBe(false);

    const updated = await repo.update(created.id, { ...family('Ahmed'), familyName: 'Ahmed-Khan family' });
    expect(updated.createdAt).toBe('2026-11-23T09:00:00.000Z');
    expect(updated.updatedAt).toBe('2026-11-23T10:30:00.000Z');
    expect((await repo.get(created.id))?.familyName).toBe('Ahmed-Khan family');
  });

  it('records creating and changing a family in the audit trail, without its content', async () => {
    const repo = repository();
    const created = await repo.create(family('Zebedee Quillfeather'));
    await repo.update(created.id, family('Zebedee Quillfeather'));
    const entries = await createAuditRepository(db, () => 'Test chair').forFamily(created.id);
    expect(entries.map((e) => [e.action, e.recordType, e.actor])).toEqual([
      ['update', 'family', 'Test chair'],
      ['create', 'family', 'Test chair'],
    ]);
    expect(JSON.stringify(entries)).not.toContain('Quillfeather');
    expect(await createAuditRepository(db, () => 'x').verify()).toEqual({ ok: true });
  });

  it('refuses invalid input and writes nothing', async () => {
    const repo = repository();
    const bad = { ...family('Nobody'), children: [] };
    await expect(repo.create(bad)).rejects.toThrow(StorageError);
    await expect(repo.create({ ...family('Nobody'), familyName: '   ' })).rejects.toThrow('Some details are missing or not valid');
    expect(await db.families.count()).toBe(0);
  });

  it('says plainly when a family to update no longer exists', async () => {
    const repo = repository();
    await expect(repo.update('0123456789abcdef', family('Gone'))).rejects.toThrow('This family could not be found');
  });

  it('removes control characters from names but keeps bidi marks and accents', async () => {
    const repo = repository();
    const created = await repo.create(family('Ama\u0000ra\u0007 \u200Fمحمد'));
    expect(created.carers[0]?.name).toBe('Amara \u200Fمحمد');
  });
});

describe('draft repository', () => {
  const draft = {
    familyName: 'Kowalski family',
    carers: [{ id: 'a', name: 'Anna', relationship: '', phone: '', email: '' }],
    children: [{ id: 'b', name: 'Zofia', dateOfBirth: '31/02/20', school: '' }],
  };
  const isFamilyDraft = (value: unknown): value is typeof draft => typeof (value as { familyName?: unknown } | null)?.familyName === 'string';

  it('keeps what was typed, even when it is not yet valid, until cleared', async () => {
    const drafts = createDraftRepository(db, () => new Date('2026-11-23T12:00:00Z'));
    await drafts.save('family-form:new', draft);
    expect(await drafts.load('family-form:new', isFamilyDraft)).toEqual({ value: draft, savedAt: '2026-11-23T12:00:00.000Z' });
    await drafts.clear('family-form:new');
    expect(await drafts.load('family-form:new', isFamilyDraft)).toBeUndefined();
  });

  it('ignores a stored draft that no longer fits the form', async () => {
    const drafts = createDraftRepository(db);
    await drafts.save('family-form:new', { familyName: 42 });
    expect(await drafts.load('family-form:new', isFamilyDraft)).toBeUndefined();
  });
});
