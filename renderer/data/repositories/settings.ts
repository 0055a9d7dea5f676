import { z } from 'zod';
import { areaSettingsSchema, defaultAreaSettings, type AreaSettings } from '../../../shared/domain/area-settings';
import type { SettingsKey } from '../../../shared/domain/audit-vocabulary';
import type { Validated } from '../../../shared/domain/family';
import { firstErrorPerField, issuesToFieldErrors } from '../../../shared/domain/fields';
import { DEFAULT_RETENTION_RULES, retentionRulesSchema, type RetentionRules } from '../../../shared/domain/retention';
import { bankHolidayFileSchema, parseTermDates, termDatesFileSchema, type BankHolidayFile, type CalendarParse, type TermDatesFile } from '../../../shared/rules/calendar-data';
import shippedBankHolidays from '../../../templates/calendar/bank-holidays-england-and-wales.json';
import shippedTermDates from '../../../templates/calendar/term-dates-example.json';
import type { TeamAroundDatabase } from '../db';
import type { AuditRepository } from './audit';
import { storageWork } from '../errors';

import { EMPTY_PROFILE, profileSchema, type Profile, type ProfileInput } from '../../../shared/domain/profile';

export { EMPTY_PROFILE, profileSchema, type Profile };

const AREA: SettingsKey = 'area';
const PROFILE: SettingsKey = 'profile';
const RETENTION: SettingsKey = 'retention';

export interface SettingsRepository {
  area(): Promise<AreaSettings>;
  saveArea(input: unknown): Promise<Validated<AreaSettings>>;
  profile(): Promise<Profile>;
  saveProfile(profile: ProfileInput): Promise<void>;
  /** How long each kind of record is kept; the defaults when none are saved. */
  retention(): Promise<RetentionRules>;
  saveRetention(input: unknown): Promise<Validated<RetentionRules>>;
}

/** A settings change and its audit entry ("changed the area's settings"), written together. */
async function putAudited(db: TeamAroundDatabase, audit: AuditRepository | undefined, key: SettingsKey, value: unknown): Promise<void> {
  if (!audit) {
    await db.settings.put({ key, value });
    return;
  }
  await db.transaction('rw', db.settings, db.audit, async () => {
    await db.settings.put({ key, value });
    await audit.appendWithin({ action: 'update', recordType: 'settings', recordId: key });
  });
}

export function createSettingsRepository(db: TeamAroundDatabase, audit?: AuditRepository): SettingsRepository {
  /** Checks what the form gives, and writes it (with its audit entry) only when it fits. */
  async function saveChecked<T>(schema: z.ZodType<T>, key: SettingsKey, input: unknown): Promise<Validated<T>> {
    const parsed = schema.safeParse(input);
    if (!parsed.success) return { ok: false, errors: firstErrorPerField(issuesToFieldErrors(parsed.error.issues)) };
    await storageWork(() => putAudited(db, audit, key, parsed.data));
    return { ok: true, value: parsed.data };
  }
  return {
    async area() {
      const row = await db.settings.get(AREA);
      const parsed = areaSettingsSchema.safeParse(row?.value);
      // Settings that no longer fit (from an older version) fall back to the defaults rather than break every screen.
      return parsed.success ? parsed.data : defaultAreaSettings;
    },
    saveArea: (input) => saveChecked(areaSettingsSchema, AREA, input),
    async profile() {
      const parsed = profileSchema.safeParse((await db.settings.get(PROFILE))?.value);
      return parsed.success ? parsed.data : EMPTY_PROFILE;
    },
    async saveProfile(profile) {
      await storageWork(() => putAudited(db, audit, PROFILE, profileSchema.parse(profile)));
    },
    async retention() {
      const parsed = retentionRulesSchema.safeParse((await db.settings.get(RETENTION))?.value);
      return parsed.success ? parsed.data : DEFAULT_RETENTION_RULES;
    },
    saveRetention: (input) => saveChecked(retentionRulesSchema, RETENTION, input),
  };
}

/** How often to remind the user to make a backup, and when the last one was saved. Kept apart from the repository's API. */
export const backupSettingsSchema = z.object({ remindAfterDays: z.number().int().min(1).max(365) });
export type BackupSettings = z.infer<typeof backupSettingsSchema>;
export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { remindAfterDays: 7 };
export const backupStatusSchema = z.object({ lastBackupAt: z.string().nullable() });
export type BackupStatus = z.infer<typeof backupStatusSchema>;
export const BACKUP_SETTINGS_KEY = 'backup-settings';
export const BACKUP_STATUS_KEY = 'backup-status';

export async function readBackupSettings(db: TeamAroundDatabase): Promise<BackupSettings> {
  const parsed = backupSettingsSchema.safeParse((await db.settings.get(BACKUP_SETTINGS_KEY))?.value);
  return parsed.success ? parsed.data : DEFAULT_BACKUP_SETTINGS;
}

export async function saveBackupSettings(db: TeamAroundDatabase, settings: BackupSettings): Promise<void> {
  await storageWork(() => db.settings.put({ key: BACKUP_SETTINGS_KEY, value: backupSettingsSchema.parse(settings) }));
}

export async function readBackupStatus(db: TeamAroundDatabase): Promise<BackupStatus> {
  const parsed = backupStatusSchema.safeParse((await db.settings.get(BACKUP_STATUS_KEY))?.value);
  return parsed.success ? parsed.data : { lastBackupAt: null };
}

/** Call inside a transaction that includes `db.settings` to write it with other changes. */
export async function saveBackupStatus(db: TeamAroundDatabase, status: BackupStatus): Promise<void> {
  await db.settings.put({ key: BACKUP_STATUS_KEY, value: backupStatusSchema.parse(status) });
}

/** England and Wales bank holidays and the area's term dates: the shipped files in templates/calendar until changed in the app. */
export const BANK_HOLIDAYS_KEY = 'bank-holidays';
export const TERM_DATES_KEY = 'term-dates';
export const SHIPPED_BANK_HOLIDAYS: BankHolidayFile = bankHolidayFileSchema.parse(shippedBankHolidays);
export const SHIPPED_TERM_DATES: TermDatesFile = termDatesFileSchema.parse(shippedTermDates);

export interface CalendarSettings {
  bankHolidays(): Promise<BankHolidayFile>;
  /** Whether the bank holidays in use are still the ones shipped with the app. */
  bankHolidaysShipped(): Promise<boolean>;
  /** Keeps the area's changed list (checked whole first). */
  saveBankHolidays(file: BankHolidayFile): Promise<void>;
  /** Goes back to the bank holidays shipped with the app. */
  resetBankHolidays(): Promise<void>;
  /** The term dates in use, and whether they are still the shipped ones. */
  termDates(): Promise<{ file: TermDatesFile; shipped: boolean }>;
  /** Checks the file (including overlapping terms) before keeping it. */
  saveTermDates(input: unknown): Promise<CalendarParse<TermDatesFile>>;
  /** Goes back to the term dates shipped with the app. */
  resetTermDates(): Promise<void>;
}

export function createCalendarSettings(db: TeamAroundDatabase): CalendarSettings {
  return {
    async bankHolidays() {
      const parsed = bankHolidayFileSchema.safeParse((await db.settings.get(BANK_HOLIDAYS_KEY))?.value);
      return parsed.success ? parsed.data : SHIPPED_BANK_HOLIDAYS;
    },
    async bankHolidaysShipped() {
      return !bankHolidayFileSchema.safeParse((await db.settings.get(BANK_HOLIDAYS_KEY))?.value).success;
    },
    async saveBankHolidays(input) {
      const file = bankHolidayFileSchema.parse(input);
      await storageWork(() => db.settings.put({ key: BANK_HOLIDAYS_KEY, value: file }));
    },
    resetBankHolidays: () => storageWork(() => db.settings.delete(BANK_HOLIDAYS_KEY)),
    async termDates() {
      const parsed = termDatesFileSchema.safeParse((await db.settings.get(TERM_DATES_KEY))?.value);
      return parsed.success ? { file: parsed.data, shipped: false } : { file: SHIPPED_TERM_DATES, shipped: true };
    },
    async saveTermDates(input) {
      const checked = parseTermDates(input);
      if (!checked.ok) return checked;
      const file = termDatesFileSchema.parse(input);
      await storageWork(() => db.settings.put({ key: TERM_DATES_KEY, value: file }));
      return { ok: true, value: file };
    },
    resetTermDates: () => storageWork(() => db.settings.delete(TERM_DATES_KEY)),
  };
}
