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
  generateMs: number;
  writeMs: number;
  totalMs: number;
  transactions: number;
}

export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  scale: 'full' | 'tiny';
  runs: number;
  warmup: number;
  machine: MachineInfo;
  caseload: CaseloadInfo;
  rows: BenchRow[];
}
