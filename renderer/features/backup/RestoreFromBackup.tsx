import { useState, type ReactNode } from 'react';
import { getBridge } from '../../bridge';
import { SaveRefused } from '../../components/form/useFormSubmit';
import { appBackupService } from '../../data/backup/app-backup';
import type { BackupSecret, VerifiedBackup } from '../../data/backup/backup-service';
import { RestoreConfirm } from './RestoreConfirm';
import { RestoreSecretForm } from './RestoreSecretForm';
import { useFocusAfter } from '../../components/useFocusAfter';
import { Section } from '../../components/Section';
import { OutcomeNotice } from '../../components/notices/OutcomeNotice';

type Step =
  | { kind: 'start' }
  | { kind: 'secret'; fileName: string; bytes: Uint8Array }
  | { kind: 'confirm'; fileName: string; backup: VerifiedBackup }
  | { kind: 'done'; summary: string; carriedOver: number };

interface Props {
  /** 2 on the backup page; 3 where it sits under another section's heading. */
  headingLevel?: 2 | 3;
  /** Shown with the success message, e.g. a link to the families list. */
  afterRestore?: ReactNode;
  onRestored?(): void;
}

const PROBLEM_ID = 'restore-problem';

/** The audit trail is never replaced: what the restore did with this computer's own entries. */
function keptWords(carriedOver: number): string {
  const kept =
    carriedOver === 0
      ? 'every entry it held was already in the backup'
      : `${carriedOver.toLocaleString('en-GB')} ${carriedOver === 1 ? 'entry' : 'entries'} that the backup did not hold ${carriedOver === 1 ? 'was' : 'were'} kept`;
  return `The record of who did what on this computer has been kept: ${kept}, and the restore has been added to it.`;
}
const NOT_RESTORED = 'The backup could not be restored, and nothing on this computer has changed. Try again; if it keeps happening, check there is free space on this computer.';

/**
 * "Restore from a backup": choose the file, open it with its passphrase or recovery key, see what
 * it holds, then confirm. Everything is checked before anything is written. Needs Team Around to be
 * unlocked (on first run: after the passphrase has been set up). Uses no router, so it can sit on
 * the first-run screen.
 */
export function RestoreFromBackup({ headingLevel = 2, afterRestore, onRestored }: Props) {
  const [step, setStep] = useState<Step>({ kind: 'start' });
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const focusAfter = useFocusAfter();

  function show(next: Step, message: string | null, focusId: string) {
    setStep(next);
    setProblem(message);
    setBusy(false);
    focusAfter(message ? PROBLEM_ID : focusId);
  }

  async function chooseFile() {
    setBusy(true);
    const opened = await getBridge().openFile({ kinds: ['backup'] });
    if (opened.status === 'cancelled') return show({ kind: 'start' }, null, 'restore-choose');
    if (opened.status === 'failed') return show({ kind: 'start' }, opened.message, PROBLEM_ID);
    const check = appBackupService().checkBackupFile(opened.data);
    if (!check.ok) return show({ kind: 'start' }, check.message, PROBLEM_ID);
    show({ kind: 'secret', fileName: opened.fileName, bytes: opened.data }, null, 'backup-unlock-method');
  }

  /** The secret form shows its own "checking" state, and a wrong passphrase or recovery key at its field. */
  async function check(current: Extract<Step, { kind: 'secret' }>, secret: BackupSecret) {
    setProblem(null);
    const result = await appBackupService().inspectBackup(current.bytes, secret);
    if (result.ok) return show({ kind: 'confirm', fileName: current.fileName, backup: result.backup }, null, 'restore-confirm-heading');
    if (result.problem === 'wrong-passphrase' || result.problem === 'wrong-recovery-key') throw new SaveRefused(result.message);
    show({ kind: 'start' }, result.message, PROBLEM_ID);
  }

  async function restore(backup: VerifiedBackup) {
    setBusy(true);
    let carriedOver: number;
    try {
      ({ carriedOver } = await appBackupService().restoreBackup(backup));
    } catch {
      return show(step, NOT_RESTORED, PROBLEM_ID);
    }
    show({ kind: 'done', summary: backup.summary, carriedOver }, null, 'restore-done');
    onRestored?.();
  }

  return (
    <Section headingId="restore-heading" title="Restore from a backup" level={headingLevel}>
      {problem && (
        <OutcomeNotice ok={false} id={PROBLEM_ID}>
          {problem}
        </OutcomeNotice>
      )}
      {step.kind === 'start' && (
        <>
          <p>Use this on a new computer, or if something has gone wrong. You will need the passphrase that was in use when the backup was made, or its recovery key.</p>
          <button type="button" id="restore-choose" className="button button--secondary" disabled={busy} onClick={() => void chooseFile()}>
            Choose a backup file
          </button>
        </>
      )}
      {step.kind === 'secret' && (
        <RestoreSecretForm
          fileName={step.fileName}
          onSubmit={(secret) => check(step, secret)}
          onChooseAnother={() => show({ kind: 'start' }, null, 'restore-choose')}
        />
      )}
      {step.kind === 'confirm' && (
        <RestoreConfirm
          backup={step.backup}
          fileName={step.fileName}
          busy={busy}
          headingLevel={headingLevel === 2 ? 3 : 4}
          onConfirm={() => void restore(step.backup)}
          onCancel={() => show({ kind: 'start' }, null, 'restore-choose')}
        />
      )}
      {step.kind === 'done' && (
        <OutcomeNotice ok id="restore-done">
          <p>The backup has been restored. This computer now holds {step.summary}.</p>
          <p>{keptWords(step.carriedOver)}</p>
          {afterRestore}
        </OutcomeNotice>
      )}
    </Section>
  );
}
