/** The built reliability page on a local static server. Keep it running for the whole test: IndexedDB belongs to the origin, port included. */
import { inject } from 'vitest';
import { serveStatic } from '../../bench/server';

export interface ReliabilitySite {
  origin: string;
  close(): Promise<void>;
}

/** Serves the page the slow project's global set-up built once (./global-setup.ts). */
export async function startReliabilitySite(): Promise<ReliabilitySite> {
  const dir = inject('reliabilityPageDir');
  if (!dir) throw new Error('The reliability page was not built: run these tests in the slow Vitest project.');
  const server = await serveStatic({ '/reliability/': dir });
  return {
    origin: server.origin,
    async close() {
      await server.close();
    },
  };
}
