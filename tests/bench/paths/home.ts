/**
 * The home screen's lists on the large caseload: the same read model the screen runs
 * (renderer/data/repositories/home.ts) on the encrypted database, against the same read model on
 * the plain copy. Its clock is fixed at 10am on the caseload's "today".
 */
import { CASELOAD_TODAY } from '../caseload';
import { measuredRow, type BenchRow, type PathInfo } from '../report/row';
import { summarise } from '../report/stats';
import { callBench } from './bench-page';
import type { PathContext } from './context';
import { pair, spread } from './database';

export const HOME_PATH: PathInfo = {
  id: 'home-lists',
  path: 'Home: every list the home screen shows',
  unit: 'ms',
  // The screen after unlocking: well under the half second a user waits without noticing.
  budget: { maxMedian: 250 },
};

export async function homeRow(ctx: PathContext): Promise<BenchRow> {
  const now = `${CASELOAD_TODAY}T10:00:00.000Z`;
  const s = await pair(ctx, ctx.quickRuns, (side) => callBench(ctx.benchPage, 'home', side, now));
  return measuredRow(
    {
      ...HOME_PATH,
      note:
        `HomeRepository.lists() (meeting summaries by startsAt for the next two weeks, and by [minutesOpen+startsAt] the held ones of thirteen weeks back whose minutes are open: decision 0066; whole meetings only for the next two weeks; open actions by [isOpen+dueDate] to Sunday, at most 300; ` +
        `briefings, minutes and audit only for the meetings found; drafts at most 100; the oldest 20 minutes waiting and their count: decision 0057; reviews, consents and drift only for the families whose home status row is due, their plans, meetings and consent by familyId: decision 0064) on the encrypted database, decrypting each record not already read unchanged this session (every round after the first finds them: the screen re-reads its lists after each change; decision 0056), ` +
        `vs the same read model on the plain copy (its own home status rows and minutes flags, so the same reads), ${spread(s.counts)} items listed. ` +
        'The generated caseload gives each family a plan (about 70% open) and a consent log, and the home status rows the app writes for them on its today; ' +
        'it has no minutes, drafts, scaling or carried actions: with no minutes, every held meeting that is on and not a pre-meeting has its minutes open, so the minutes index finds all of them (a real caseload shares most).',
    },
    summarise(s.ours),
    summarise(s.floor),
    s,
  );
}
