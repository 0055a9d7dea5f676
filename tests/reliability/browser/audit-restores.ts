/**
 * Restores over generated histories, in real Chromium IndexedDB (issue 19): each history makes audit
 * entries through the app's repositories, a backup (here or, one time in four, on another profile
 * with the same keyring), more entries, then restores the backup (sometimes twice). After each
 * restore, read through a new connection: every entry this computer had before the restore is still
 * there, in order, with its time, person, action and record; the restore itself is the last entry;
 * and the chain check, against the sealed end of the trail, verifies.
 */
import { randomFor, type Random } from '../../bench/caseload/random';
import type { AuditEntry } from '../../../shared/rules/audit-chain';
import type { Repositories } from '../../../renderer/data/repositories';
import { createFamily, openPageProfile, reopen, sharedKeyring, steppingClock, type PageProfile } from './audit-profile';

export interface RestoreFigures {
  histories: number;
  restores: number;
  /** Restores of a backup made on another profile. */
  fromElsewhere: number;
  /** This computer's entries just before each restore, summed over the restores. */
  entriesBefore: number;
  /** Of those, found again after the restore, in order and unchanged. */
  kept: number;
  /** Entries the backup did not hold, written again after its own (the restore's own count). */
  carriedOver: number;
  restoresRecorded: number;
  chainsVerified: number;
  /** Entries checked after the restores, summed. */
  entriesAfter: number;
  problems: string[];
}

/** What an entry says, without its place in the chain (which a restore from elsewhere renumbers). */
function eventOf(entry: AuditEntry): string {
  const { at, actor, action, recordType, recordId, recipients, familyId } = entry;
  return JSON.stringify({ at, actor, action, recordType, recordId, recipients, familyId });
}

const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

/** `n` entries of mixed kinds, each written as the app writes it (one transaction with the trail's end). */
async function makeEntries(repos: Repositories, random: Random, n: number, label: string): Promise<void> {
  for (let k = 0; k < n; k++) {
    const kind = random();
    const recordId = `${label}-${k}`;
    if (kind < 0.25) await createFamily(repos, `Family ${recordId}`);
    else if (kind < 0.5) await repos.audit.record({ action: 'view', recordType: 'family', recordId, familyId: 'family000001' });
    else if (kind < 0.65) await repos.audit.record({ action: 'share', recordType: 'meeting-pack/pdf', recordId, familyId: 'family000001', recipients: ['Sam Keyworker', 'Priya School Nurse'] });
    else if (kind < 0.8) await repos.audit.record({ action: 'unlock', recordType: 'app', recordId: 'lock' });
    else if (kind < 0.9) await repos.audit.record({ action: 'failed-unlock', recordType: 'app', recordId: 'lock' });
    else await repos.audit.record({ action: 'update', recordType: 'settings', recordId: 'retention' });
  }
}

/** How many of `before` appear in `after` in the same order, by what they say. */
function keptInOrder(before: readonly AuditEntry[], after: readonly AuditEntry[]): number {
  const events = after.map(eventOf);
  let at = 0;
  let kept = 0;
  for (const entry of before) {
    const found = events.indexOf(eventOf(entry), at);
    if (found === -1) continue;
    kept += 1;
    at = found + 1;
  }
  return kept;
}

export async function restoreGeneratedHistories(seed: number, histories: number): Promise<RestoreFigures> {
  const figures: RestoreFigures = { histories, restores: 0, fromElsewhere: 0, entriesBefore: 0, kept: 0, carriedOver: 0, restoresRecorded: 0, chainsVerified: 0, entriesAfter: 0, problems: [] };
  const { recoveryKey } = await sharedKeyring();
  for (let h = 1; h <= histories; h++) {
    const random = randomFor(seed, 'restore-history', h);
    const now = steppingClock();
    const here = await openPageProfile(`records-history-${seed}-${h}`, now);
    const profiles: PageProfile[] = [here];
    try {
      await makeEntries(here.repos, random, between(random, 1, 12), `h${h}-before`);
      const elsewhere = random() < 0.25;
      const source = elsewhere ? await openPageProfile(`records-history-${seed}-${h}-elsewhere`, now) : here;
      if (elsewhere) {
        profiles.push(source);
        await makeEntries(source.repos, random, between(random, 0, 8), `h${h}-elsewhere`);
      }
      const inBackup = new Set((await source.db.audit.toArray()).map((e) => e.hash));
      const made = await source.service.makeBackup();
      if (!elsewhere && random() < 0.5) await here.service.recordBackupSaved(made);
      const rounds = random() < 0.3 ? 2 : 1;
      for (let round = 1; round <= rounds; round++) {
        const where = `history ${h}, restore ${round}`;
        await makeEntries(here.repos, random, between(random, 0, 12), `h${h}-after-${round}`);
        const before = await here.db.audit.orderBy('seq').toArray();
        const inspected = await here.service.inspectBackup(made.bytes, { recoveryKey });
        if (!inspected.ok) {
          figures.problems.push(`${where}: the backup was refused (${inspected.problem})`);
          continue;
        }
        const { carriedOver } = await here.service.restoreBackup(inspected.backup);
        figures.restores += 1;
        if (elsewhere) figures.fromElsewhere += 1;
        figures.entriesBefore += before.length;
        figures.carriedOver += carriedOver;

        const fresh = await reopen(here, now);
        try {
          const after = await fresh.db.audit.orderBy('seq').toArray();
          const check = await fresh.repos.audit.check();
          figures.entriesAfter += after.length;
          const kept = keptInOrder(before, after);
          figures.kept += kept;
          if (kept !== before.length) figures.problems.push(`${where}: ${before.length - kept} of ${before.length} entries made before the restore are missing or changed`);
          const notInBackup = before.filter((e) => !inBackup.has(e.hash)).length;
          if (carriedOver !== notInBackup) figures.problems.push(`${where}: ${carriedOver} entries carried over, expected ${notInBackup}`);
          if (after.length !== inBackup.size + carriedOver + 1) figures.problems.push(`${where}: ${after.length} entries after the restore`);
          // A backup made here shares the trail up to when it was made: those entries keep their numbers and hashes.
          if (!elsewhere && JSON.stringify(after.slice(0, before.length)) !== JSON.stringify(before)) figures.problems.push(`${where}: the entries made here were renumbered or changed`);
          const last = after.at(-1);
          if (last?.action === 'restore' && last.recordType === 'backup' && last.recordId === `backup-${made.createdAt}`) figures.restoresRecorded += 1;
          else figures.problems.push(`${where}: the restore is not the last entry (${last?.action ?? 'none'})`);
          if (check.verdict.ok && check.entries === after.length) figures.chainsVerified += 1;
          else figures.problems.push(`${where}: the chain check says ${JSON.stringify(check)}`);
        } finally {
          fresh.db.close();
        }
      }
    } catch (error) {
      figures.problems.push(`history ${h}: ${String(error)}`);
    } finally {
      for (const profile of profiles) await profile.remove();
    }
  }
  return figures;
}
