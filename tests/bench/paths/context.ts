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
  /** PBKDF2-SHA256 iterations in the generated keyring (the unlock floor derives with as many). */
  pbkdf2Iterations: number;
  /** The persistent Chromium profile holding the generated caseload, encrypted, and its keyring. */
  browser: BrowserContext;
  /** The bench page, already prepared (profile unlocked, connections open). */
  benchPage: Page;
  /** The static server's origin: the app under /app/, bench pages under /pages/. */
  origin: string;
  /** This run's build folder (the memory child is bundled there). */
  distDir: string;
  log: (line: string) => void;
}
