/**
 * Opening a family's page with its path: in the built app, unlocked onto the families list of the
 * encrypted caseload, the address is moved to one family's page; timed in the page from that
 * moment until "What to do next" (the path's next step, drawn once the path's data is read) is
 * laid out and painted. The floor is the blank page doing the same navigation: it reads the
 * family and, by its id, the records the page reads (meetings, actions, plans, consent, timetable,
 * meeting records, minutes, audit) from the plain copy and draws a "What to do next" line.
 */
import type { Page } from '@playwright/test';
import { paths } from '../../../renderer/components/paths';
import { familyIdAt } from '../caseload';
import { measuredRow, type BenchRow, type PathInfo } from '../report/row';
import { summarise } from '../report/stats';
import { alternate } from './alternate';
import type { PathContext } from './context';
import { APP_CARDS, appUrl, blankUrl, submitPassphrase, watchScript, watchedMs, type ReadyCheck, type Watch } from './watch';

export const FAMILY_PAGE_PATH: PathInfo = {
  id: 'family-page',
  path: 'Opening a family’s page with its path',
  unit: 'ms',
  budget: { maxRatio: 2 },
};

const NEXT_STEP: readonly ReadyCheck[] = [{ selector: 'h2', text: 'What to do next' }];

/** Starts the clock (the watch script's "submit" start) and moves the address to `hash`. */
async function navigate(page: Page, watch: Watch, hash: string): Promise<number> {
  await page.evaluate((to) => {
    (window as { __benchStart?: number }).__benchStart = performance.now();
    location.hash = to;
  }, hash);
  return watchedMs(page, watch);
}

async function sample(ctx: PathContext, side: 'ours' | 'floor', familyId: string): Promise<number> {
  const page = await ctx.browser.newPage();
  const watch: Watch = { ready: NEXT_STEP, fromSubmit: true };
  try {
    await page.addInitScript({ content: watchScript(watch) });
    if (side === 'ours') {
      await page.goto(appUrl(ctx.origin));
      await submitPassphrase(page);
      await page.locator(APP_CARDS.map((c) => c.selector).join(', ')).first().waitFor({ timeout: 60_000 });
      return await navigate(page, watch, `#${paths.family(familyId)}`);
    }
    await page.goto(`${blankUrl(ctx.origin)}?path`);
    await page.locator('main[data-open="true"]').waitFor({ state: 'attached' });
    return await navigate(page, watch, `#family=${familyId}`);
  } finally {
    await page.close();
  }
}

export async function familyPageRow(ctx: PathContext): Promise<BenchRow> {
  const familyAt = (round: number) => familyIdAt(ctx.seed, (round * 7919) % ctx.size.families);
  const s = await alternate(
    ctx.runs,
    ctx.warmup,
    (round) => sample(ctx, 'ours', familyAt(round)),
    (round) => sample(ctx, 'floor', familyAt(round)),
  );
  return measuredRow(
    {
      ...FAMILY_PAGE_PATH,
      note:
        `Opening a family’s page: the built app unlocked onto the families list of the encrypted ${ctx.size.families.toLocaleString('en-GB')}-family caseload, then the address moved to one family's page ` +
        '(a different family each round); in-page time from the move to "What to do next" laid out and painted (the family, its plans, meetings, records and actions read and decrypted, the path worked out). ' +
        'Floor: the blank page making the same move, reading the family and, by its id, what the page reads (meetings, actions, plans, consent, timetable, meeting records, minutes, audit) from the plain copy and drawing a "What to do next" line. ' +
        'Budget: 2x, as for the other reads of one family.',
    },
    summarise(s.ours),
    summarise(s.floor),
    s,
  );
}
