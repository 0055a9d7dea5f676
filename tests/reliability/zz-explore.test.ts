import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { launchProfile } from './support/chromium';
import { callPage, openReliabilityPage } from './support/page';
import { startReliabilitySite } from './support/site';

it('explore', async () => {
  const site = await startReliabilitySite();
  const profile = await mkdtemp(join(tmpdir(), 'relx-'));
  const b = await launchProfile(profile);
  const cdp = await b.context.newCDPSession(b.page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: site.origin, quotaSize: 200_000 });
  await openReliabilityPage(b.page, site.origin);
  const log = async (p: Promise<unknown>) => console.warn(JSON.stringify(await p));
  const fam = await callPage(b.page, 'createFamily', 'Before family');
  await log(callPage(b.page, 'saveNote', 'A', 5000));
  await log(callPage(b.page, 'saveNote', 'B', 300000));
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: site.origin, quotaSize: 100_000_000 });
  const t0 = Date.now();
  for (let i = 0; i < 45; i++) {
    const r = await callPage(b.page, 'retryNote');
    console.warn(Date.now() - t0, r.status);
    if (r.status === 'saved') break;
    await new Promise((res) => setTimeout(res, 1000));
  }
  if ('id' in fam) await log(callPage(b.page, 'readSaved', fam.id));
  await b.context.close();
  await site.close();
}, 90_000);
