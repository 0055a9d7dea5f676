/** What every measured path gets from the harness. */
import type { BrowserContext, Page } from '@playwright/test';
import type { CaseloadSize } from '../caseload';

export interface PathContext {
  runs: number;
  /** Rounds for paths that take milliseconds (queries, saves, the slot finder). */
  quickRuns: number;
  warmup: number;
  seed: number;
  size: CaseloadSize;
  /** The persistent Chromium profile holding the generated caseload. */
  browser: BrowserContext;
  /** The bench page, already prepared (connections open). */
  benchPage: Page;
  /** The static server's origin: the app under /app/, bench pages under /pages/. */
  origin: string;
  /** This run's build folder (the memory child is bundled there). */
  distDir: string;
  log: (line: string) => void;
}
