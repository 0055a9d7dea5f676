/** The whole run: what was measured, on what, and the rows. Written as JSON so runs can be compared. */
import type { BenchRow } from './row';

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryMiB: number;
  platform: string;
  node: string;
  chromium: string;
}

export interface CaseloadInfo {
  seed: number;
  families: number;
  meetings: number;
  actions: number;
  /** Making the records. */
  generateMs: number;
  /** Writing them into the app's database (through the encryption middleware, or sealed beforehand: `sealMs`). */
  writeMs: number;
  /** Sealing them with Web Crypto before their transactions, as the middleware seals them (the bench's fast seeding). */
  sealMs?: number;
  /** Writing the same batches into the floors' plain copy. */
  plainWriteMs: number;
  /** createKeyring for the bench passphrase and saving its envelope. */
  keyringMs: number;
  totalMs: number;
  /** Bulk transactions on the app's database (the plain copy takes as many again). */
  transactions: number;
  pbkdf2Iterations: number;
  encryptions: number;
  /** unlockWithPassphrase on the saved envelope, in the bench page. */
  unlockMs: number;
  /** Generated in this run, or kept from an earlier one (the figures above are from generating it then). */
  profile: 'generated' | 'kept';
}

export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  /** tiny, full (2,000 families) or council (10,000 families). */
  scale: 'tiny' | 'full' | 'council';
  runs: number;
  warmup: number;
  machine: MachineInfo;
  caseload: CaseloadInfo;
  rows: BenchRow[];
}
