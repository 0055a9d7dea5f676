/**
 * Runs ours and the floor in turn, swapping which goes first on every round so that neither
 * always benefits from a warm cache or a collected heap. Warm-up rounds are thrown away.
 */
export type Measure = (round: number) => Promise<number>;

export interface Samples {
  ours: number[];
  floor: number[];
}

export async function alternate(runs: number, warmup: number, ours: Measure, floor: Measure | null): Promise<Samples> {
  const samples: Samples = { ours: [], floor: [] };
  for (let round = -warmup; round < runs; round++) {
    const order: Array<['ours' | 'floor', Measure]> = [['ours', ours]];
    if (floor !== null) {
      if (round % 2 === 0) order.push(['floor', floor]);
      else order.unshift(['floor', floor]);
    }
    for (const [side, measure] of order) {
      // Warm-up rounds use their own round numbers, so measured rounds see the same inputs on every run.
      const value = await measure(round < 0 ? round + 1_000_000 : round);
      if (round >= 0) samples[side].push(value);
    }
  }
  return samples;
}
