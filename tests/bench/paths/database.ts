/**
 * Dashboard query, one family's plan and saving one edit: the app's repositories on the
 * encrypted database (records decrypted on read, sealed on write, as the app runs) against the
 * same work written on raw IndexedDB over the plain copy, in real Chromium, on the generated caseload.
 */
import { CASELOAD_TODAY, familyIdAt } from '../caseload';
import { isoDate, dayNumber } from '../caseload/dates';
import type { Side, Timed } from '../browser/api';
import { measuredRow, type BenchRow, type PathInfo } from '../report/row';
import { summarise } from '../report/stats';
import { alternate } from './alternate';
import { callBench } from './bench-page';
import type { PathContext } from './context';

const QUERY_BUDGET = { maxRatio: 2, maxMedian: 16 };
const FLOOR_IS_PLAIN = 'The floor reads and writes unencrypted records (a plain copy with the same schema and indexes): it is what the engine can do, so the ratio includes the cost of encryption.';

/** Runs both sides; each round checks that ours and the floor returned the same number of records. */
export async function pair(ctx: PathContext, runs: number, call: (side: Side, round: number) => Promise<Timed>): Promise<{ ours: number[]; floor: number[]; counts: number[] }> {
  const counts = new Map<number, number>();
  const counted: number[] = [];
  const measure = (side: Side) => async (round: number) => {
    const { ms, count } = await call(side, round);
    const other = counts.get(round);
    if (other === undefined) counts.set(round, count);
    else if (other !== count) throw new Error(`ours and the floor disagree in round ${round}: ${other} and ${count} records`);
    else counted.push(count);
    return ms;
  };
  const samples = await alternate(runs, ctx.warmup, measure('ours'), measure('floor'));
  return { ...samples, counts: counted };
}

export function spread(counts: number[]): string {
  if (counts.length === 0) return '0';
  const lo = Math.min(...counts);
  const hi = Math.max(...counts);
  return lo === hi ? String(lo) : `${lo}–${hi}`;
}

export const DASHBOARD_PATH: PathInfo = {
  id: 'dashboard-query',
  path: 'Dashboard query: open actions due before a date, first 50',
  unit: 'ms',
  budget: QUERY_BUDGET,
};

export const FAMILY_PLAN_PATH: PathInfo = {
  id: 'family-plan',
  path: 'One family’s plan: all its actions, by due date',
  unit: 'ms',
  budget: QUERY_BUDGET,
};

export const SAVE_EDIT_PATH: PathInfo = {
  id: 'save-edit',
  path: 'Saving one edit: keystroke to confirmed write',
  unit: 'ms',
  budget: { maxMedian: 16 },
};

export async function dashboardRow(ctx: PathContext): Promise<BenchRow> {
  const today = dayNumber(CASELOAD_TODAY);
  const s = await pair(ctx, ctx.quickRuns, (side, round) => callBench(ctx.benchPage, 'dashboard', side, isoDate(today - (round % 12) * 30)));
  return measuredRow(
    {
      ...DASHBOARD_PATH,
      note:
        `Dashboard query: ActionRepository.openDueBefore(date, 50) (Dexie, [isOpen+dueDate] index) on the encrypted database, decrypting each record not already read unchanged this session (the rounds' 12 dates repeat, so later rounds find most of theirs; decision 0056), ` +
        `vs raw IndexedDB index.getAll(range, 50), real Chromium IndexedDB, ${spread(s.counts)} records returned. ${FLOOR_IS_PLAIN}`,
    },
    summarise(s.ours),
    summarise(s.floor),
    s,
  );
}

export async function familyPlanRow(ctx: PathContext): Promise<BenchRow> {
  const s = await pair(ctx, ctx.quickRuns, (side, round) => callBench(ctx.benchPage, 'plan', side, familyIdAt(ctx.seed, (round * 7919) % ctx.size.families)));
  return measuredRow(
    {
      ...FAMILY_PLAN_PATH,
      note:
        `One family’s plan: ActionRepository.forFamily(id) on the encrypted database, decrypting each action not already read unchanged this session (decision 0056), vs raw IndexedDB familyId index getAll + the same sort, ` +
        `a different family each round, ${spread(s.counts)} actions each. ${FLOOR_IS_PLAIN}`,
    },
    summarise(s.ours),
    summarise(s.floor),
    s,
  );
}

export async function saveEditRow(ctx: PathContext): Promise<BenchRow> {
  const s = await pair(ctx, ctx.quickRuns, (side, round) => callBench(ctx.benchPage, 'save', side, round));
  return measuredRow(
    {
      ...SAVE_EDIT_PATH,
      note:
        'Saving one edit: a ~12 KB minutes draft pushed to SaveQueue over DraftRepository.save (Dexie, strict durability, sealed with AES-256-GCM by the middleware) until the queue reports "saved", ' +
        `vs one raw IndexedDB put of the plain draft with durability "strict" until the transaction completes, each beside its ${(ctx.size.families * ctx.size.actionsPerFamily).toLocaleString('en-GB')}-action caseload. ` +
        `It starts at SaveQueue.push (the queue the forms and the live meeting screen save through), not at a keystroke in a rendered form, and its database has no second copy of recent work (about 2 ms more per save, measured in decision 0018). ${FLOOR_IS_PLAIN}`,
    },
    summarise(s.ours),
    summarise(s.floor),
    s,
  );
}
