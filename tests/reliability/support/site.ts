/** The built reliability page on a local static server. Keep it running for the whole test: IndexedDB belongs to the origin, port included. */
import { rm } from 'node:fs/promises';
import { serveStatic } from '../../bench/server';
import { buildReliabilityPage } from './build';

export interface ReliabilitySite {
  origin: string;
  close(): Promise<void>;
}

export async function startReliabilitySite(): Promise<ReliabilitySite> {
  const dir = await buildReliabilityPage();
  const server = await serveStatic({ '/reliability/': dir });
  return {
    origin: server.origin,
    async close() {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
