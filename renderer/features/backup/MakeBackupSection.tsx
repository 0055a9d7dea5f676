import { useState } from 'react';
import { getBridge } from '../../bridge';
import { appBackupService } from '../../data/backup/app-backup';
import { BackupNotPossibleError } from '../../data/backup/backup-service';
import { toStorageError } from '../../data/errors';
import { formatWhen } from './backup-words';
import { useFocusAfter } from '../../components/useFocusAfter';
import { useBackupOverview } from './useBackupStatus';
import { BusyStatus } from '../../components/notices/BusyStatus';
import { Section } from '../../components/Section';

type Outcome = { kind: 'saved'; fileName: string } | { kind: 'cancelled' } | { kind: 'failed'; message: string };

const OUTCOME_ID = 'make-backup-outcome';

async function makeAndSave(): Promise<Outcome> {
  const service = appBackupService();
  let made;
  try {
    made = await service.makeBackup();
  } catch (error) {
    return { kind: 'failed', message: error instanceof BackupNotPossibleError ? error.message : toStorageError(error).message };
  }
  const result = await getBridge().saveFile({ kind: 'backup', suggestedName: made.fileName, data: new Uint8Array(made.bytes) });
  if (result.status === 'cancelled') return { kind: 'cancelled' };
  if (result.status === 'failed') return { kind: 'failed', message: `The backup was not saved. ${result.message}` };
  // Only a saved file counts as a backup.
  await service.recordBackupSaved(made);
  return { kind: 'saved', fileName: result.fileName };
}

/** "Make a backup": one encrypted file of everything, saved where the user chooses. */
export function MakeBackupSection() {
  const overview = useBackupOverview();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const focusAfter = useFocusAfter();

  async function make() {
    setBusy(true);
    setOutcome(null);
    const next = await makeAndSave().catch((error: unknown) => ({ kind: 'failed' as const, message: toStorageError(error).message }));
    setOutcome(next);
    setBusy(false);
    focusAfter(OUTCOME_ID);
  }

  return (
    <Section headingId="make-backup-heading" title="Make a backup">
      <p>
        A backup is one file holding everything recorded in Team Around on this computer. It is locked: it opens only with the passphrase in use
        now, or with your recovery key. Keep it somewhere safe, away from this computer, as your organisation’s policy says.
      </p>
      {overview && <p>{overview.lastBackupAt ? `Your last backup was made on ${formatWhen(overview.lastBackupAt)}.` : 'No backup has been made on this computer yet.'}</p>}
      {outcome && (
        <div id={OUTCOME_ID} tabIndex={-1} className={`notice${outcome.kind === 'saved' ? ' notice--success' : outcome.kind === 'failed' ? ' notice--problem' : ''}`} role={outcome.kind === 'failed' ? 'alert' : 'status'}>
          {outcome.kind === 'saved' && (
            <>
              The backup has been saved as <bdi>{outcome.fileName}</bdi>.
            </>
          )}
          {outcome.kind === 'cancelled' && 'No backup was saved, because saving was cancelled.'}
          {outcome.kind === 'failed' && outcome.message}
        </div>
      )}
      <div className="form__actions">
        <button type="button" className="button" disabled={busy} onClick={() => void make()}>
          Make a backup
        </button>
        <BusyStatus busy={busy}>Making the backup…</BusyStatus>
      </div>
    </Section>
  );
}
