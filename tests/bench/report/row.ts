/** One line of the results: a path, its floor, the ratio and whether the budget was met. */
import type { Summary } from './stats';

export type Unit = 'ms' | 'MiB';

/** A budget on the ratio to the floor, on our median, or both; `null` means "report only". */
export interface Budget {
  maxRatio?: number;
  maxMedian?: number;
  /** Our 95th percentile must be under this (the row's summaries carry p95). */
  maxP95?: number;
}

export type Verdict = 'pass' | 'fail' | 'report' | 'not measured';

export interface BenchRow {
  id: string;
  path: string;
  unit: Unit;
  ours: Summary | null;
  floor: Summary | null;
  /** ours.median / floor.median, when both exist. */
  ratio: number | null;
  budget: Budget | null;
  verdict: Verdict;
  note: string;
  /** Raw samples, for comparing runs over time. */
  samples: { ours: number[]; floor: number[] };
}

export function ratioOf(ours: Summary | null, floor: Summary | null): number | null {
  if (ours === null || floor === null || floor.median <= 0) return null;
  return ours.median / floor.median;
}

export function verdictOf(ours: Summary | null, ratio: number | null, budget: Budget | null): Verdict {
  if (ours === null) return 'not measured';
  if (budget === null) return 'report';
  if (budget.maxRatio !== undefined && (ratio === null || ratio > budget.maxRatio)) return 'fail';
  if (budget.maxMedian !== undefined && ours.median >= budget.maxMedian) return 'fail';
  if (budget.maxP95 !== undefined && (ours.p95 === undefined || ours.p95 >= budget.maxP95)) return 'fail';
  return 'pass';
}

export function describeBudget(budget: Budget | null, unit: Unit): string {
  if (budget === null) return 'report';
  const parts: string[] = [];
  if (budget.maxRatio !== undefined) parts.push(`≤ ${budget.maxRatio}x`);
  if (budget.maxMedian !== undefined) parts.push(`< ${budget.maxMedian} ${unit}`);
  if (budget.maxP95 !== undefined) parts.push(`p95 < ${budget.maxP95} ${unit}`);
  return parts.join(' and ');
}

/** What a path is, before it is measured. */
export interface PathInfo {
  id: string;
  path: string;
  unit: Unit;
  budget: Budget | null;
}

export function measuredRow(
  fields: PathInfo & { note: string },
  ours: Summary,
  floor: Summary | null,
  samples: { ours: number[]; floor: number[] },
): BenchRow {
  const ratio = ratioOf(ours, floor);
  return { ...fields, ours, floor, ratio, verdict: verdictOf(ours, ratio, fields.budget), samples };
}

export function notMeasuredRow(fields: PathInfo, reason: string): BenchRow {
  return { ...fields, ours: null, floor: null, ratio: null, verdict: 'not measured', note: `not measured: ${reason}`, samples: { ours: [], floor: [] } };
}
