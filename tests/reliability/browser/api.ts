/** What the in-Chromium reliability page offers the tests. */
import type { RestoreFigures } from './audit-restores';
import type { TruncationFigures } from './audit-truncation';
import type { StoredDraft } from './autosave';
import type { DamageFigures } from './backup-damage';
import type { Canaries, SeedResult } from './canaries';
import type { FillResult } from './filler';
import type { FamilyAttempt, SavedData } from './full-disk';
import type { MigrationInspection, UpgradeRun } from './migration';
import type { SaveOutcome } from './queued-draft';
import type { AfterRestart, RecentWork, SavedWork } from './store-reset';
import type { SwapResult } from './swap';

export interface ReliabilityPageApi {
  /** Abrupt termination: open the encrypted database and type continuously, autosaving. */
  startAutosave(run: number): Promise<void>;
  readAutosavedDraft(): Promise<StoredDraft>;
  seedCanaries(encrypted: boolean, canaries: Canaries): Promise<SeedResult>;
  /** Writes up to `megabytes` of filler to another database of the origin, stopping early if the quota runs out. */
  fillOrigin(megabytes: number): Promise<FillResult>;
  clearFiller(): Promise<void>;
  /** Sealed fields swapped between records and tables with raw IndexedDB, then read through the repositories. */
  swapCiphertexts(): Promise<SwapResult>;
  /** Interrupted migration: returns the number of families written at version 1. */
  createV1Database(copies: number): Promise<number>;
  /** Opens with the current schema (upgrading); resolves when done, unless the browser is killed first. */
  startUpgrade(): Promise<UpgradeRun>;
  inspectMigration(copies: number): Promise<MigrationInspection>;
  /** Full disk: a draft of `length` characters through SaveQueue and the drafts repository. */
  saveNote(label: string, length: number): Promise<SaveOutcome>;
  retryNote(): Promise<SaveOutcome>;
  createFamily(familyName: string): Promise<{ id: string } | FamilyAttempt>;
  readSaved(familyId: string): Promise<SavedData>;
  storageUsage(): Promise<{ usage: number; quota: number }>;
  /** Store reset: the app's first run with a passphrase, then drafts, a family and a meeting record saved. */
  setUpAndSaveRecentWork(passphrase: string, work: RecentWork): Promise<SavedWork>;
  /** Store reset: the app's start and unlock, then what it finds. */
  restartAndUnlock(passphrase: string, draftKeys: readonly string[], meetingId: string): Promise<AfterRestart>;
  /** Canary control: plain text written straight to the private file system, to prove the scan reads it. */
  writePlainOpfsFile(text: string): Promise<void>;
  /** Records you can trust: generated histories, each with a backup restored over later entries. */
  restoreGeneratedHistories(seed: number, histories: number): Promise<RestoreFigures>;
  /** Records you can trust: the newest entries and the trail's stored end removed together, for each cut. */
  cutAuditEnds(seed: number, cuts: readonly number[]): Promise<TruncationFigures>;
  /** Records you can trust: a small backup damaged at every byte position. */
  damageBackupAtEveryByte(): Promise<DamageFigures>;
}

export type ReliabilityMethod = keyof ReliabilityPageApi;

declare global {
  interface Window {
    teamAroundReliability?: ReliabilityPageApi;
  }
}
