import axe from 'axe-core';
import { expect, type Page } from '@playwright/test';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type AxeWindow = Window & { axe?: typeof axe };

/**
 * Runs axe-core in the page itself, put there once per page load (record 0043): the same engine and
 * rules as @axe-core/playwright, which re-injected axe into the page and collected every passing node
 * on each call, several times slower on the 210 checks the suite makes. Only violations are collected.
 */
async function violations(page: Page, selectors: boolean): Promise<axe.Result[]> {
  const loaded = await page.evaluate(() => (window as AxeWindow).axe !== undefined);
  if (!loaded) await page.evaluate(axe.source);
  const results = await page.evaluate(
    ({ tags, selectors }) => (window as AxeWindow).axe!.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], selectors }),
    { tags: WCAG_22_AA, selectors },
  );
  return results.violations;
}

/** Fails with a readable list of every WCAG 2.2 AA violation on the page as it is now. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  // The same rules either way; working out a selector for every node checked is left out (about a
  // sixth of axe's time) unless there is a violation to report, when axe runs again to name its nodes.
  const first = await violations(page, false);
  const named = first.length === 0 ? [] : await violations(page, true);
  const found = named.length > 0 ? named : first;
  const summary = found.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => (n.target ?? []).join(' ')).join(', ')}`);
  expect(summary, `accessibility problems on ${screen}`).toEqual([]);
}
