import { useState } from 'react';
import type { ExportFormat, MinutesContent, MinutesRow } from '../../../shared/domain/minutes';
import { exportFileStem } from '../../../shared/minutes/export';
import { isLocked } from '../../../shared/minutes/workflow';
import { useRepositories } from '../../data/hooks/useRepositories';
import type { MinutesContext } from './MinutesFrame';
import { recipientOptions } from './recipients';
import { saveCopy, type CopyOutcome } from './save-copy';

/**
 * The review copy to take home: the family's version with space for their comments, one per
 * parent or carer, each made for them (safety flags applied). Their answers are recorded later.
 */
export function ReviewCopy({ context, row, content, by }: { context: MinutesContext; row: MinutesRow; content: MinutesContent; by: string }) {
  const { minutes } = useRepositories();
  const [busy, setBusy] = useState(false);
  const [outcomes, setOutcomes] = useState<Record<string, CopyOutcome>>({});
  const options = recipientOptions(context, 'review-copy', isLocked(row)).filter((o) => o.recipient.kind === 'family-member');

  const make = async (index: number, format: ExportFormat) => {
    const option = options[index];
    if (!option?.basis || busy) return;
    setBusy(true);
    const outcome = await saveCopy(
      {
        row,
        document: 'review-copy',
        format,
        recipient: option.recipient,
        basis: option.basis,
        fileStem: exportFileStem(context.family.familyName, 'review-copy', row.version, content.meetingDate, option.recipient.name),
        copy: { kind: 'minutes', request: { document: 'review-copy', row, live: row.snapshot ?? content, family: context.family, agreement: { rule: context.area.agreementRule, invitees: context.meeting.invitees }, recipient: option.recipient } },
      },
      minutes,
      by,
    );
    setOutcomes((o) => ({ ...o, [`${option.recipient.id}:${format}`]: outcome }));
    setBusy(false);
  };

  return (
    <section className="minutes-review-copy" aria-labelledby="review-copy-heading">
      <h3 id="review-copy-heading">Review copy to take home</h3>
      <p>The family’s version in large print, with space to say whether each part is right. When they give it back, record their answers.</p>
      <ul className="invitee-list">
        {options.map((option, i) => (
          <li key={option.recipient.id} className="invitee-list__item">
            <p>
              <strong>
                <bdi>{option.recipient.name}</bdi>
              </strong>
              {option.recipient.role ? `, ${option.recipient.role}` : ''}
            </p>
            {option.allowed ? (
              <>
                {option.leftOut.length > 0 && <p className="hint-text">Their copy leaves out: {option.leftOut.join(', ')}.</p>}
                <div className="button-group">
                  <button type="button" className="button button--secondary button--small" aria-disabled={busy || undefined} onClick={() => void make(i, 'docx')}>
                    Download the review copy as Word<span className="visually-hidden"> for {option.recipient.name}</span>
                  </button>
                  <button type="button" className="button button--secondary button--small" aria-disabled={busy || undefined} onClick={() => void make(i, 'pdf')}>
                    Make a PDF of the review copy<span className="visually-hidden"> for {option.recipient.name}</span>
                  </button>
                </div>
                <Outcome outcome={outcomes[`${option.recipient.id}:docx`]} />
                <Outcome outcome={outcomes[`${option.recipient.id}:pdf`]} />
              </>
            ) : (
              <p>{option.why}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What happened to one file: a quiet status when saved or cancelled, an alert when it failed. */
export function Outcome({ outcome }: { outcome: CopyOutcome | undefined }) {
  if (!outcome) return null;
  if (outcome.status === 'failed') {
    return (
      <p className="notice notice--problem" role="alert">
        {outcome.message}
      </p>
    );
  }
  return (
    <p className="hint-text" role="status">
      {outcome.message}
    </p>
  );
}
