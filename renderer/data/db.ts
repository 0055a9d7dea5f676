import Dexie, { type Table } from 'dexie';
import type { FamilyRecord } from '../../shared/domain/family-record';
import type { Meeting } from '../../shared/domain/meeting';
import type { Action } from '../../shared/domain/action';
import type { LocalService, Practitioner } from '../../shared/domain/directory';
import type { Plan } from '../../shared/domain/plan';
import type { ConsentEvent } from '../../shared/domain/consent';
import type { Referral } from '../../shared/domain/safeguarding';
import type { AuditEntry } from '../../shared/rules/audit-chain';
import { SCHEMA_VERSIONS } from './schema';

export const DATABASE_NAME = 'team-around';

/** Stored actions carry a numeric open flag so the compound index can range over it. */
export type ActionRow = Action & { isOpen: 0 | 1; dueDate: string | null };

export interface DraftRow {
  /** Which form, e.g. `family-form:new` or `family-form:<id>`. */
  key: string;
  value: unknown;
  savedAt: string;
}

export interface SettingRow {
  key: string;
  value: unknown;
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

  constructor(name: string = DATABASE_NAME, options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}) {
    // Strict durability: a save the user was told about has reached the disk.
    super(name, { chromeTransactionDurability: 'strict', ...options });
    for (const v of SCHEMA_VERSIONS) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
  }
}

let instance: TeamAroundDatabase | undefined;

/** The app's one database connection, opened on first use. */
export function getDatabase(): TeamAroundDatabase {
  instance ??= new TeamAroundDatabase();
  return instance;
}
