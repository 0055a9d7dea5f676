import type { VerifiedBackup } from '../../data/backup/backup-service';
import { formatWhen } from './backup-words';
import { BusyStatus } from '../../components/notices/BusyStatus';

interface Props {
  backup: VerifiedBackup;
  fileName: string;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
  headingLevel: 3 | 4;
}

/** What the checked backup holds, and the one button that replaces everything on this computer with it. */
export function RestoreConfirm({ backup, fileName, busy, onConfirm, onCancel, headingLevel }: Props) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="confirm" role="group" aria-labelledby="restore-confirm-heading">
      <Heading className="confirm__heading" id="restore-confirm-heading" tabIndex={-1}>
        The backup has been checked
      </Heading>
      <dl className="summary">
        <div className="summary__row">
          <dt>File</dt>
          <dd>
            <bdi>{fileName}</bdi>
          </dd>
        </div>
        <div className="summary__row">
          <dt>Made on</dt>
          <dd>{formatWhen(backup.createdAt)}</dd>
        </div>
        <div className="summary__row">
          <dt>It holds</dt>
          <dd>
            <ul>
              {backup.counts.map((c) => (
                <li key={c.table}>{c.words}</li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
      <p>
        <strong>Restoring replaces everything on this computer with what is in this backup.</strong> Families, plans and anything else added or
        changed here since the backup was made will be gone. Your passphrase for this computer stays the same, and the record of who did
        what on this computer is kept, with the restore added to it.
      </p>
      <div className="confirm__buttons">
        <button type="button" className="button button--warning" disabled={busy} onClick={onConfirm}>
          Replace everything on this computer with this backup
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={onCancel}>
          Cancel, keep what is on this computer
        </button>
        <BusyStatus busy={busy}>Restoring…</BusyStatus>
      </div>
    </div>
  );
}
