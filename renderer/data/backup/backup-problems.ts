/** Why a backup file was refused, in words a user can act on. Nothing here names what the backup holds. */
import { BACKUP_MESSAGES, BackupError, type BackupProblem } from '../../../shared/backup/backup-format';
import { KeyringError } from '../crypto/errors';

export type BackupFileProblem = BackupProblem | 'wrong-passphrase' | 'wrong-recovery-key';

export interface BackupRefusal {
  ok: false;
  problem: BackupFileProblem;
  message: string;
}

export const WRONG_PASSPHRASE =
  'That passphrase does not open this backup. Enter the passphrase that was in use on the computer when the backup was made, and check that Caps Lock is off. Nothing has been restored.';
export const WRONG_RECOVERY_KEY =
  'That recovery key does not open this backup. Enter the recovery key printed for the computer the backup was made on. Nothing has been restored.';

export function refusal(problem: BackupFileProblem, message?: string): BackupRefusal {
  const fallback = problem === 'wrong-passphrase' ? WRONG_PASSPHRASE : problem === 'wrong-recovery-key' ? WRONG_RECOVERY_KEY : BACKUP_MESSAGES[problem];
  return { ok: false, problem, message: message ?? fallback };
}

/**
 * A failure while reading a file whose key came from the file itself. A key that unwraps but does
 * not match the file's key check can only mean the file was changed, so "wrong key" reads as altered.
 */
export function fileRefusal(error: unknown): BackupRefusal {
  if (error instanceof BackupError) return refusal(error.problem === 'wrong-key' ? 'altered' : error.problem);
  return refusal('altered');
}

/** A failure while unwrapping the backup's key with what the user typed. */
export function keyRefusal(error: unknown, secret: 'passphrase' | 'recoveryKey'): BackupRefusal {
  if (error instanceof KeyringError) {
    if (error.problem === 'wrong-passphrase') return refusal('wrong-passphrase');
    if (error.problem === 'wrong-recovery-key') return refusal('wrong-recovery-key');
  }
  // Weakened or damaged key information inside the file: it has been changed.
  if (error instanceof KeyringError || error instanceof BackupError) return fileRefusal(error);
  return secret === 'passphrase' ? refusal('wrong-passphrase') : refusal('wrong-recovery-key');
}
