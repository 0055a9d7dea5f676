/**
 * Every schema version the app has ever shipped. Never edit a released version: add a new one,
 * with its upgrade function and a fixture test in tests/integration/migrations (see the how-to in
 * renderer/data/README.md). Index only ids, timestamps, statuses and dates needed by queries:
 * never names or free text (they will be encrypted at rest).
 */
import type { Transaction } from 'dexie';
import { readFamilyRecord, type FamilyRecord } from '../../shared/domain/family-record';
import { summariseFamily } from '../../shared/domain/family-summary';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      families: 'id, updatedAt',
      drafts: 'key',
    },
  },
  {
    version: 2,
    stores: {
      meetings: 'id, familyId, startsAt',
      // isOpen (1 or 0) leads the compound index so "open actions due before a date" is one range.
      actions: 'id, familyId, meetingId, [isOpen+dueDate]',
    },
    upgrade: async (tx) => {
      // Version 1 families had no practice flag; make it explicit rather than undefined.
      await tx
        .table('families')
        .toCollection()
        .modify((family: { isPractice?: boolean }) => {
          if (family.isPractice === undefined) family.isPractice = false;
        });
    },
  },
  {
    version: 3,
    stores: {
      practitioners: 'id',
      services: 'id',
      plans: 'id, familyId',
      // Append-only: consent events and referrals are added, never changed or removed.
      consentEvents: 'id, familyId',
      referrals: 'id, familyId',
      settings: 'key',
      audit: 'seq, familyId',
    },
    upgrade: async (tx) => {
      // Families become v2 records (households, fuller carer and child details, safety flags).
      // A row that cannot be read is left exactly as it was rather than lost.
      await tx
        .table('families')
        .toCollection()
        .modify((family: Record<string, unknown>, ref: { value: unknown }) => {
          const read = readFamilyRecord(family);
          if (read.ok) ref.value = read.record;
        });
    },
  },
  {
    version: 4,
    stores: {
      // What the families list shows, kept beside each family so the list decrypts a few hundred
      // bytes per family instead of the whole record.
      familySummaries: 'id, familyId',
      // One per family: each member's week, and what the family prefers.
      timetables: 'id, familyId',
      // Practitioners' unavailability, recurring and one-off.
      unavailability: 'id, practitionerId',
    },
    upgrade: async (tx) => {
      const summaries = tx.table('familySummaries');
      await tx
        .table('families')
        .toCollection()
        .each(async (family: FamilyRecord) => {
          await summaries.put(summariseFamily(family));
        });
    },
  },
  {
    version: 5,
    stores: {
      // What happened at each meeting (id = the meeting's id): attendance, notes, voices, outcome.
      meetingRecords: 'id, familyId',
      // Children's drawings and pictures from the meeting, kept on this computer only.
      voiceImages: 'id, familyId, meetingId',
      // Minutes: one row per version, with its review workflow and distribution list.
      minutes: 'id, familyId, meetingId',
      // Briefings and written reports received from schools and other agencies for a meeting.
      briefings: 'id, familyId, meetingId',
      // Briefings written here (a school's side), before they are sent as a file.
      authoredBriefings: 'id',
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
