/** Summaries of timed samples. */
export interface Summary {
  n: number;
  median: number;
  min: number;
  max: number;
  /** 95th percentile (nearest rank), for rows judged on their slow tail (typing). */
  p95?: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('No samples to take a median of.');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

export function summarise(values: readonly number[]): Summary {
  return { n: values.length, median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

/** The nearest-rank percentile `p` (0-100): the smallest sample with at least p% of samples at or below it. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('No samples to take a percentile of.');
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1] ?? 0;
}

/** As `summarise`, with the 95th percentile. */
export function summariseWithTail(values: readonly number[]): Summary {
  return { ...summarise(values), p95: percentile(values, 95) };
}
