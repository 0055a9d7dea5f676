/** A browser on a copy of the version 1 profile, reporting the upgrade's progress (rows rewritten so far). */
import { launchProfile, type ProfileBrowser } from './chromium';
import { openReliabilityPage } from './page';

export interface MigrationSession {
  browser: ProfileBrowser;
  /** Rows the upgrade has re-encrypted so far, as last reported by the page. */
  progress(): number;
  /** Resolves once at least `rows` rows have been rewritten, or `done` settles. */
  reached(rows: number, done: Promise<unknown>): Promise<void>;
}

export async function openMigrationSession(profile: string, origin: string): Promise<MigrationSession> {
  const browser = await launchProfile(profile);
  let rows = 0;
  let notify: (() => void) | undefined;
  await browser.context.exposeBinding('reliabilityUpgradeProgress', (_source, rewritten: number) => {
    rows = Math.max(rows, rewritten);
    notify?.();
  });
  await openReliabilityPage(browser.page, origin);
  return {
    browser,
    progress: () => rows,
    async reached(target, done) {
      let finished = false;
      void done.finally(() => {
        finished = true;
        notify?.();
      });
      while (rows < target && !finished) await new Promise<void>((resolve) => (notify = resolve));
      notify = undefined;
    },
  };
}
