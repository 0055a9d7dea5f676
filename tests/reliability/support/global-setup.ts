/**
 * Builds the reliability page once for the whole slow project (every reliability file serves the
 * same built page from its own server, so each keeps its own origin and IndexedDB), and removes it
 * at the end.
 */
import { rm } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { buildReliabilityPage } from './build';

declare module 'vitest' {
  export interface ProvidedContext {
    reliabilityPageDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await buildReliabilityPage();
  project.provide('reliabilityPageDir', dir);
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}
