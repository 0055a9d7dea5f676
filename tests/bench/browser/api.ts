/** What the in-Chromium bench page offers the harness: each call is timed inside the page. */
import type { CaseloadSize, CaseloadWriteResult } from '../caseload';
import type { LiveMeeting } from './live-meeting';
import type { CopyRecords } from './raw-idb';
import type { SharedMinutes } from './shared-minutes';

export type Side = 'ours' | 'floor';

/** One timed call: milliseconds inside the page, and how many records it returned (to check both sides agree). */
export interface Timed {
  ms: number;
  count: number;
}

/** The encrypted caseload as written: the write itself, plus the keyring it is locked with. */
export interface GenerateResult extends CaseloadWriteResult {
  /** createKeyring (PBKDF2 and wrapping) and saving its envelope with KeyringStore. */
  keyringMs: number;
  pbkdf2Iterations: number;
  /** Records sealed by the encryption middleware while writing (saved as the keyring's count). */
  encryptions: number;
}

export interface StoreCounts {
  families: number;
  meetings: number;
  actions: number;
}

export interface Prepared extends StoreCounts {
  /** The floors' plain copy. */
  plain: StoreCounts;
  indexes: string[];
  /** Stored families and actions in the app's database hold only sealed data (checked raw). */
  sealed: boolean;
  /** The first rows of each caseload table, read through the middleware, equal the plain copy's. */
  readBack: boolean;
  /** unlockWithPassphrase on the saved envelope: proves the real app can unlock the profile. */
  unlockMs: number;
  isolated: boolean;
}

export interface BenchPageApi {
  /** Deletes the app's database, its keyring and the plain copy, for a clean run. */
  reset(): Promise<void>;
  /** Creates a keyring for `passphrase`, then writes the caseload through the encryption middleware and into the plain copy. */
  generate(seed: number, size: CaseloadSize, passphrase: string): Promise<GenerateResult>;
  /** Unlocks the saved keyring and opens both connections (app and raw plain) so no timed call pays for opening. */
  prepare(passphrase: string): Promise<Prepared>;
  dashboard(side: Side, beforeDate: string): Promise<Timed>;
  plan(side: Side, familyId: string): Promise<Timed>;
  save(side: Side, iteration: number): Promise<Timed>;
  /** Every list on the home screen as on `now` (an ISO instant); the count is the items listed. */
  home(side: Side, now: string): Promise<Timed>;
  /** Seeds a large meeting in progress through the app's repositories (see live-meeting.ts), for the typing row. */
  seedLiveMeeting(seed: number, size: CaseloadSize): Promise<LiveMeeting>;
  /** Seeds a first meeting's agreed, final minutes through the app's repositories (see shared-minutes.ts), for the copy row. */
  seedSharedMinutes(seed: number, size: CaseloadSize): Promise<SharedMinutes>;
  /** What the last copy of that meeting's minutes wrote, read back through the app, for the copy row's floor to write again in plain. */
  copyRecords(meetingId: string): Promise<CopyRecords>;
  /** The first agenda item's notes of that meeting as stored in the encrypted database. */
  storedFirstNotes(meetingId: string): Promise<string | null>;
}

export type BenchMethod = keyof BenchPageApi;

declare global {
  interface Window {
    teamAroundBench?: BenchPageApi;
  }
}
