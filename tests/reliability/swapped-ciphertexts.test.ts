/**
 * Swapping ciphertexts between records fails to decrypt (SECURITY.md, "Data at rest"), checked in
 * real Chromium IndexedDB as well as in tests/integration/crypto (fake-indexeddb, every table shape).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchProfile } from './support/chromium';
import { printFigures } from './support/figures';
import { callPage, openReliabilityPage } from './support/page';
import { startReliabilitySite, type ReliabilitySite } from './support/site';

let site: ReliabilitySite;
let profile: string;
beforeAll(async () => {
  site = await startReliabilitySite();
  profile = await mkdtemp(join(tmpdir(), 'team-around-swap-'));
}, 60_000);
afterAll(async () => {
  await site?.close();
  await rm(profile, { recursive: true, force: true });
});

describe('swapped ciphertexts in real Chromium', () => {
  it('are refused as altered, and read again once put back', async () => {
    const browser = await launchProfile(profile);
    try {
      await openReliabilityPage(browser.page, site.origin);
      const result = await callPage(browser.page, 'swapCiphertexts');
      printFigures(
        `swapped ciphertexts: ${result.reads} reads after swapping, ${result.refusedAsAltered} refused as altered, ` +
          `${result.otherOutcomes.length} failures, readable again after restoring: ${result.readableAfterRestore ? 'yes' : 'no'}`,
      );
      expect(result.otherOutcomes).toEqual([]);
      expect(result.refusedAsAltered).toBe(3);
      expect(result.readableAfterRestore).toBe(true);
    } finally {
      await browser.context.close();
    }
  }, 60_000);
});
