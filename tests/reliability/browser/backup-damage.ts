/**
 * Damaged backups, in real Chromium (issue 19): a small backup made by the app's backup service,
 * then every byte position changed in turn (one bit, and every bit). Each damaged file must be named
 * as damaged before any passphrase is asked for, and opening it with a wrong passphrase, the right
 * one or the recovery key must say the same, never that the passphrase is wrong.
 */
import { WRONG_PASSPHRASE, type BackupRefusal } from '../../../renderer/data/backup/backup-problems';
import { createFamily, openPageProfile, PASSPHRASE, sharedKeyring, steppingClock } from './audit-profile';

export interface DamageFigures {
  bytes: number;
  /** Damaged files tried: every byte position, once per kind of change. */
  attempts: number;
  /** Named as damaged by the file check and by all three ways of opening it. */
  reportedDamaged: number;
  /** A wrong passphrase (or key) blamed for any of them: must be 0. */
  blamedPassphrase: number;
  byProblem: Record<string, number>;
  /** The whole file: a wrong passphrase is named as wrong, the right one and the recovery key open it. */
  wholeFile: { checked: boolean; wrongPassphrase: string; rightPassphrase: boolean; recoveryKey: boolean };
  durationMs: number;
  problems: string[];
}

/** One bit, and every bit, of the byte. */
const CHANGES = [0x01, 0xff] as const;
const WRONG = 'not the passphrase at all, truly';

const blames = (refusal: BackupRefusal) =>
  refusal.problem === 'wrong-passphrase' || refusal.problem === 'wrong-recovery-key' || refusal.message === WRONG_PASSPHRASE || /passphrase does not open|recovery key does not open/.test(refusal.message);

export async function damageBackupAtEveryByte(): Promise<DamageFigures> {
  const { recoveryKey } = await sharedKeyring();
  const profile = await openPageProfile('records-backup-damage', steppingClock());
  try {
    await createFamily(profile.repos, 'Small backup');
    const { bytes } = await profile.service.makeBackup();
    const service = profile.service;
    const wrong = await service.inspectBackup(bytes, { passphrase: WRONG });
    const figures: DamageFigures = {
      bytes: bytes.length,
      attempts: 0,
      reportedDamaged: 0,
      blamedPassphrase: 0,
      byProblem: {},
      wholeFile: {
        checked: service.checkBackupFile(bytes).ok,
        wrongPassphrase: wrong.ok ? 'opened' : wrong.problem,
        rightPassphrase: (await service.inspectBackup(bytes, { passphrase: PASSPHRASE })).ok,
        recoveryKey: (await service.inspectBackup(bytes, { recoveryKey })).ok,
      },
      durationMs: 0,
      problems: [],
    };
    const started = performance.now();
    for (let at = 0; at < bytes.length; at++) {
      for (const change of CHANGES) {
        const damaged = bytes.slice();
        damaged[at] = (damaged[at] ?? 0) ^ change;
        figures.attempts += 1;
        const checked = service.checkBackupFile(damaged);
        if (checked.ok) {
          figures.problems.push(`byte ${at} (^${change}): the file check passed`);
          continue;
        }
        const opened = [
          await service.inspectBackup(damaged, { passphrase: WRONG }),
          await service.inspectBackup(damaged, { passphrase: PASSPHRASE }),
          await service.inspectBackup(damaged, { recoveryKey }),
        ];
        const refusals = [checked, ...opened.filter((o): o is BackupRefusal => !o.ok)];
        if (refusals.some(blames)) figures.blamedPassphrase += 1;
        const damagedEveryWay = refusals.length === 4 && refusals.every((r) => (r.problem === 'altered' || r.problem === 'truncated') && r.problem === checked.problem && /damaged/.test(r.message));
        if (damagedEveryWay) {
          figures.reportedDamaged += 1;
          figures.byProblem[checked.problem] = (figures.byProblem[checked.problem] ?? 0) + 1;
        } else {
          figures.problems.push(`byte ${at} (^${change}): ${refusals.map((r) => r.problem).join(', ')}${opened.some((o) => o.ok) ? ', and it opened' : ''}`);
        }
      }
    }
    figures.durationMs = performance.now() - started;
    return figures;
  } finally {
    await profile.remove();
  }
}
