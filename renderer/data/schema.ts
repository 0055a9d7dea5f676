/**
 * Every schema version the app has ever shipped. Never edit a released version: add a new one,
 * with its upgrade function in migrations/v<N>.ts (frozen readers only, never today's domain
 * schemas: see migrations/README.md), its fingerprint and a fixture test in
 * tests/integration/migrations (see the how-to in renderer/data/README.md). Index only ids, timestamps, statuses and dates needed by queries:
 * never names or free text (they will be encrypted at rest).
 */
import type { Transaction } from 'dexie';
import { upgrade as upgradeToV2 } from './migrations/v2';
import { upgrade as upgradeToV3 } from './migrations/v3';
import { upgrade as upgradeToV4 } from './migrations/v4';
import { upgrade as upgradeToV6 } from './migrations/v6';
import { upgrade as upgradeToV7 } from './migrations/v7';
import { upgrade as upgradeToV8 } from './migrations/v8';

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
    // Version 1 families had no practice flag; make it explicit rather than undefined.
    upgrade: upgradeToV2,
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
    // Families become v2 records (households, fuller carer and child details, safety flags).
    upgrade: upgradeToV3,
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
    upgrade: upgradeToV4,
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
  {
    version: 6,
    stores: {
      // When, how long, what kind and whether it is on, kept beside each meeting so the home
      // screen reads a few dozen bytes per meeting instead of the whole record (0057).
      meetingSummaries: 'id, familyId, startsAt',
    },
    upgrade: upgradeToV6,
  },
  {
    version: 7,
    stores: {
      // The families list's summaries in 64 sealed pages by a hash of the family id, written with
      // each family, so the list reads at most 64 records whatever the caseload (0060).
      familyListPages: 'id',
    },
    upgrade: upgradeToV7,
  },
  {
    version: 8,
    stores: {
      // Per family with an open plan: the earliest day it could be on home's reviews, consents or
      // drift lists (dates only), so home reads those families and no others (0064).
      homeStatus: 'id, dueFrom',
      // 1 while a meeting's minutes could be waiting, with its start, so home reads only those (0066).
      meetingSummaries: 'id, familyId, startsAt, [minutesOpen+startsAt]',
    },
    upgrade: upgradeToV8,
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
