/** What the in-Chromium bench page offers the harness: each call is timed inside the page. */
import type { CaseloadSize, CaseloadWriteResult } from '../caseload';

export type Side = 'ours' | 'floor';

/** One timed call: milliseconds inside the page, and how many records it returned (to check both sides agree). */
export interface Timed {
  ms: number;
  count: number;
}

export interface BenchPageApi {
  /** Deletes the database, for a clean run. */
  reset(): Promise<void>;
  generate(seed: number, size: CaseloadSize): Promise<CaseloadWriteResult>;
  /** Opens both connections (Dexie and raw IndexedDB) so no timed call pays for opening. */
  prepare(): Promise<{ families: number; meetings: number; actions: number; indexes: string[]; isolated: boolean }>;
  dashboard(side: Side, beforeDate: string): Promise<Timed>;
  plan(side: Side, familyId: string): Promise<Timed>;
  save(side: Side, iteration: number): Promise<Timed>;
}

export type BenchMethod = keyof BenchPageApi;

declare global {
  interface Window {
    teamAroundBench?: BenchPageApi;
  }
}
