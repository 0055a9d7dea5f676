/** A small database shaped like the real one (string ids, [isOpen+dueDate]), with or without encryption. */
import Dexie, { type Table } from 'dexie';
import { encryptionMiddleware, type EncryptionMiddlewareOptions } from '../../../renderer/data/crypto/encryption-middleware';
import type { KeySession } from '../../../renderer/data/crypto/key-session';

export const TEST_SCHEMA_VERSION = 2;

export interface FamilyRow {
  id: string;
  updatedAt: string;
  name: string;
  children: { name: string; born: Date }[];
  notes: string;
  isPractice: boolean;
  extra?: unknown;
}

export interface MeetingRow {
  id: string;
  familyId: string;
  startsAt: string;
  venue: string;
}

export interface ActionRow {
  id: string;
  familyId: string;
  meetingId: string;
  isOpen: 0 | 1;
  dueDate: string | null;
  what: string;
  ownerName: string;
}

export interface KeyringRow {
  id: string;
  envelope: unknown;
}

export class TestDatabase extends Dexie {
  families!: Table<FamilyRow, string>;
  drafts!: Table<{ key: string; value: unknown; savedAt: string }, string>;
  meetings!: Table<MeetingRow, string>;
  actions!: Table<ActionRow, string>;
  keyring!: Table<KeyringRow, string>;

  /** Without a session this is the raw view: what IndexedDB really holds. */
  constructor(name: string, session?: KeySession, options: Partial<EncryptionMiddlewareOptions> = {}) {
    super(name);
    if (session) this.use(encryptionMiddleware({ session, schemaVersion: TEST_SCHEMA_VERSION, plainTables: ['keyring'], ...options }));
    this.version(1).stores({ families: 'id, updatedAt', drafts: 'key' });
    this.version(2).stores({ meetings: 'id, familyId, startsAt', actions: 'id, familyId, meetingId, [isOpen+dueDate]', keyring: 'id' });
  }
}

export function family(id: string, name: string, extra: Partial<FamilyRow> = {}): FamilyRow {
  return {
    id,
    updatedAt: '2026-11-01T10:00:00.000Z',
    name,
    children: [{ name: `${name} junior`, born: new Date('2019-03-04T00:00:00.000Z') }],
    notes: `Notes about ${name}`,
    isPractice: false,
    ...extra,
  };
}

export function action(id: string, dueDate: string | null, isOpen: 0 | 1, what = `Action ${id}`): ActionRow {
  return { id, familyId: 'family-1', meetingId: 'meeting-1', isOpen, dueDate, what, ownerName: 'Mum' };
}
