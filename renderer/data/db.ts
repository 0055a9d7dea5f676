import Dexie, { type Table } from 'dexie';
import type { FamilyRecord } from '../../shared/domain/family-record';
import type { Meeting } from '../../shared/domain/meeting';
import type { Action } from '../../shared/domain/action';
import type { LocalService, Practitioner } from '../../shared/domain/directory';
import type { Plan } from '../../shared/domain/plan';
import type { ConsentEvent } from '../../shared/domain/consent';
import type { Referral } from '../../shared/domain/safeguarding';
import type { AuditEntry } from '../../shared/rules/audit-chain';
import type { MeetingRecord, VoiceImage } from '../../shared/domain/meeting-record';
import type { FamilySummary } from '../../shared/domain/family-summary';
import type { FamilyListPage } from '../../shared/domain/family-list-page';
import type { FamilyListFirstPage } from '../../shared/domain/family-list-first-page';
import type { MeetingSummary } from '../../shared/domain/meeting-summary';
import type { FamilyTimetableRecord, PractitionerUnavailabilityRecord } from '../../shared/domain/stored-timetables';
import { encryptionMiddleware } from './crypto/encryption-middleware';
import { KeySession } from './crypto/key-session';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema';
import { getMirror } from './mirror/app-mirror';
import { mirrorMiddleware } from './mirror/mirror-middleware';

export const DATABASE_NAME = 'team-around';

/** Stored actions carry a numeric open flag so the compound index can range over it. */
export type ActionRow = Action & { isOpen: 0 | 1; dueDate: string | null };

/** Stored meeting summaries carry a numeric flag, 1 while the minutes could be waiting, for `[minutesOpen+startsAt]` (0066). */
export type MeetingSummaryRow = MeetingSummary & { minutesOpen: 0 | 1 };

export interface DraftRow {
  /** Which form, e.g. `family-form:new` or `family-form:<id>`. */
  key: string;
  value: unknown;
  savedAt: string;
}

/**
 * A row of a table whose repository checks every read and write with its own schema (minutes,
 * briefings): the database only needs its keys.
 */
export interface CheckedRow {
  id: string;
  [field: string]: unknown;
}

/** A family's home status: `dueFrom` is the earliest day it could be on home's plan lists (0064). */
export interface HomeStatusRow {
  id: string;
  dueFrom: string;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export interface DatabaseOptions {
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /** Encrypts every record at rest with the session's key; the app always passes it. */
  encryption?: KeySession;
  /** Only while sealing rows written before encryption was switched on. */
  acceptUnsealedRows?: boolean;
}

export class TeamAroundDatabase extends Dexie {
  families!: Table<FamilyRecord, string>;
  drafts!: Table<DraftRow, string>;
  meetings!: Table<Meeting, string>;
  actions!: Table<ActionRow, string>;
  practitioners!: Table<Practitioner, string>;
  services!: Table<LocalService, string>;
  plans!: Table<Plan, string>;
  consentEvents!: Table<ConsentEvent, string>;
  referrals!: Table<Referral, string>;
  settings!: Table<SettingRow, string>;
  audit!: Table<AuditEntry, number>;
  familySummaries!: Table<FamilySummary, string>;
  timetables!: Table<FamilyTimetableRecord, string>;
  unavailability!: Table<PractitionerUnavailabilityRecord, string>;
  meetingRecords!: Table<MeetingRecord, string>;
  voiceImages!: Table<VoiceImage, string>;
  /** Indexed by id, familyId, meetingId. */
  minutes!: Table<CheckedRow, string>;
  /** Indexed by id, familyId, meetingId. */
  briefings!: Table<CheckedRow, string>;
  /** Indexed by id only: a school's own briefings, not linked to a family here. */
  authoredBriefings!: Table<CheckedRow, string>;
  /** Beside each meeting, rewritten with it: what the home screen's lists need (0057). */
  meetingSummaries!: Table<MeetingSummaryRow, string>;
  /** The families list's summaries in 64 pages by a hash of the family id, kept with each family (0060), and its first page (0063). */
  familyListPages!: Table<FamilyListPage | FamilyListFirstPage, number>;
  /** Per family with an open plan (id = the family's id): when it could first be on home's plan lists (0064). */
  homeStatus!: Table<HomeStatusRow, string>;

  constructor(name: string = DATABASE_NAME, options: DatabaseOptions = {}) {
    const { encryption, acceptUnsealedRows, ...dexieOptions } = options;
    // Strict durability: a save the user was told about has reached the disk.
    super(name, { chromeTransactionDurability: 'strict', ...dexieOptions });
    if (encryption) {
      this.use(encryptionMiddleware({ session: encryption, schemaVersion: CURRENT_SCHEMA_VERSION, ...(acceptUnsealedRows ? { acceptUnsealedRows } : {}) }));
    }
    for (const v of SCHEMA_VERSIONS) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
  }
}

/** Holds the data key while the app is unlocked; see renderer/data/lock/app-lock.ts. */
export const keySession = new KeySession();

let instance: TeamAroundDatabase | undefined;

/** The app's one database connection, encrypted at rest. It can be read only while unlocked. */
export function getDatabase(): TeamAroundDatabase {
  if (!instance) {
    instance = new TeamAroundDatabase(DATABASE_NAME, { encryption: keySession });
    // A second, sealed copy of what the user types, outside IndexedDB (docs/decisions/0018).
    instance.use(mirrorMiddleware(getMirror()));
  }
  return instance;
}
