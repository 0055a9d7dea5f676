/**
 * What a backup holds, table by table: how each record is checked before anything is restored,
 * and how the counts are said in plain words.
 */
import { z } from 'zod';
import { authoredBriefingSchema } from '../../../shared/briefing/authored';
import { isBriefingRow } from '../../../shared/briefing/received';
import { actionSchema } from '../../../shared/domain/action';
import { consentEventSchema } from '../../../shared/domain/consent';
import { localServiceSchema, practitionerSchema } from '../../../shared/domain/directory';
import { familyRecordSchema } from '../../../shared/domain/family-record';
import { meetingSchema, type Meeting } from '../../../shared/domain/meeting';
import { andList } from '../../../shared/words/list';
import { meetingRecordSchema, voiceImageSchema } from '../../../shared/domain/meeting-record';
import { minutesRowSchema } from '../../../shared/domain/minutes';
import { planSchema } from '../../../shared/domain/plan';
import { referralSchema } from '../../../shared/domain/safeguarding';
import { familySummarySchema, type FamilySummary } from '../../../shared/domain/family-summary';
import { familyTimetableRecordSchema, practitionerUnavailabilityRecordSchema } from '../../../shared/domain/stored-timetables';
import { hashEntry, type AuditEntry } from '../../../shared/rules/audit-chain';
import type { TeamAroundDatabase } from '../db';
import { replaceFamilyListPagesWithin } from '../repositories/family-list-pages';
import { MINUTES_OPEN_PENDING, readMinutesRows, summaryRows } from '../repositories/minutes-open';

const keyed = z.object({ key: z.string().min(1) });
const draftRow = keyed.extend({ savedAt: z.string() });
const actionRow = actionSchema.extend({ isOpen: z.union([z.literal(0), z.literal(1)]) });
const auditShape = z.strictObject({
  seq: z.number().int().min(1),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  recordType: z.string(),
  recordId: z.string(),
  recipients: z.array(z.string()).optional(),
  familyId: z.string().optional(),
  prevHash: z.string(),
  hash: z.string(),
});

/** An audit entry is checked against its own hash, so an entry altered before the backup was made is refused too. */
function isAuditEntry(record: unknown): boolean {
  if (!auditShape.safeParse(record).success) return false;
  const entry = record as AuditEntry;
  return hashEntry(entry) === entry.hash;
}

/** The tables whose rows are checked against their schema. */
const SCHEMAS: Record<string, z.ZodType> = {
  families: familyRecordSchema,
  drafts: draftRow,
  meetings: meetingSchema,
  actions: actionRow,
  practitioners: practitionerSchema,
  services: localServiceSchema,
  plans: planSchema,
  consentEvents: consentEventSchema,
  referrals: referralSchema,
  settings: keyed,
  familySummaries: familySummarySchema,
  timetables: familyTimetableRecordSchema,
  unavailability: practitionerUnavailabilityRecordSchema,
  meetingRecords: meetingRecordSchema,
  voiceImages: voiceImageSchema,
  minutes: minutesRowSchema,
  authoredBriefings: authoredBriefingSchema,
};

const CHECKS: Record<string, (record: unknown) => boolean> = {
  ...Object.fromEntries(Object.entries(SCHEMAS).map(([table, schema]) => [table, (record: unknown) => schema.safeParse(record).success])),
  audit: isAuditEntry,
  briefings: isBriefingRow,
};

/**
 * Tables a backup does not hold: they are made from other tables' rows, so a restore rebuilds them
 * from the restored records rather than trusting a copy in the file (0057). The families list's
 * summaries (version 4) were backed up before this was decided and still are; their pages
 * (version 7, 0060) are rebuilt from them.
 */
const DERIVED = new Set(['meetingSummaries', 'familyListPages', 'homeStatus']);

/**
 * The oldest backup a restore accepts. Versions 6, 7 and 8 added only derived tables, which a
 * restore rebuilds (version 8's home status in the restore service, as it needs today's date), so a
 * version 5 backup holds every table a restore needs; older ones lack whole tables.
 */
export const OLDEST_RESTORABLE_SCHEMA = 5;

export function isDerivedTable(table: string): boolean {
  return DERIVED.has(table);
}

/** Rebuilds the derived tables from restored rows: call inside the restore's transaction, after they are added. */
export async function rebuildDerivedWithin(db: TeamAroundDatabase, tables: Readonly<Record<string, readonly unknown[]>>): Promise<void> {
  // The meetings passed meetingSchema in validateBackupRecord before anything was restored.
  const meetings = (tables.meetings ?? []) as readonly Meeting[];
  // With their minutes flags (0066): the minutes passed their own check likewise.
  await db.meetingSummaries.bulkAdd(summaryRows(meetings, readMinutesRows(tables.minutes ?? [])));
  await db.settings.delete(MINUTES_OPEN_PENDING);
  // The summaries passed familySummarySchema likewise, and were restored as they are.
  await replaceFamilyListPagesWithin(db, (tables.familySummaries ?? []) as readonly FamilySummary[]);
}

/** Every table is checked; a table this list does not know is refused by readBackup before it gets here. */
export function validateBackupRecord(table: string, record: unknown): boolean {
  const check = CHECKS[table];
  return check ? check(record) : false;
}

/** Singular and plural words for each table, in the order they are listed to the user. */
const WORDS: ReadonlyArray<[table: string, one: string, many: string]> = [
  ['families', 'family', 'families'],
  ['plans', 'plan', 'plans'],
  ['meetings', 'meeting', 'meetings'],
  ['actions', 'action', 'actions'],
  ['meetingRecords', 'meeting record', 'meeting records'],
  ['voiceImages', 'child’s picture', 'children’s pictures'],
  ['minutes', 'version of minutes', 'versions of minutes'],
  ['briefings', 'briefing or report received', 'briefings or reports received'],
  ['authoredBriefings', 'briefing written here', 'briefings written here'],
  ['consentEvents', 'consent record', 'consent records'],
  ['referrals', 'safeguarding referral', 'safeguarding referrals'],
  ['practitioners', 'practitioner', 'practitioners'],
  ['services', 'local service', 'local services'],
  ['timetables', 'family’s week', 'families’ weeks'],
  ['unavailability', 'practitioner’s unavailable times', 'practitioners’ unavailable times'],
  ['drafts', 'unsaved draft', 'unsaved drafts'],
  ['settings', 'setting', 'settings'],
  ['audit', 'audit trail entry', 'audit trail entries'],
];

export interface TableCount {
  table: string;
  count: number;
  /** e.g. "12 families" or "1 plan". */
  words: string;
}

export function describeCounts(tables: Readonly<Record<string, readonly unknown[]>>): TableCount[] {
  return WORDS.filter(([table]) => Object.hasOwn(tables, table)).map(([table, one, many]) => {
    const count = tables[table]?.length ?? 0;
    return { table, count, words: `${count} ${count === 1 ? one : many}` };
  });
}

/** "12 families, 3 plans and 40 audit trail entries" */
export function countsSentence(counts: readonly TableCount[]): string {
  return andList(counts.map((c) => c.words));
}
