/** The slot finder on the benchmark scenario: 8 weeks, 12 invitees, 15-minute steps. No floor: the budget is absolute. */
import { findSlots } from '../../../shared/rules/slot-finder';
import { makeBenchScenario } from '../../unit/scheduling/fixtures';
import { measuredRow, type BenchRow, type PathInfo } from '../report/row';
import { summarise } from '../report/stats';
import { alternate } from './alternate';
import type { PathContext } from './context';

export const SLOT_FINDER_PATH: PathInfo = {
  id: 'slot-finder',
  path: 'Slot finder: 8 weeks, 12 invitees, 15-minute steps',
  unit: 'ms',
  budget: { maxMedian: 50 },
};

export async function slotFinderRow(ctx: PathContext): Promise<BenchRow> {
  let found = 0;
  const s = await alternate(ctx.quickRuns, ctx.warmup, async () => {
    // A fresh request each round, as the screen would build one.
    const request = makeBenchScenario();
    const start = performance.now();
    const result = findSlots(request);
    const ms = performance.now() - start;
    found = result.slots.length;
    return ms;
  }, null);
  return measuredRow(
    {
      ...SLOT_FINDER_PATH,
      note: `Slot finder: findSlots(makeBenchScenario()) in Node ${process.versions.node} (pure code; the renderer runs the same), ${found} slots offered. No floor: the budget is absolute.`,
    },
    summarise(s.ours),
    null,
    s,
  );
}
