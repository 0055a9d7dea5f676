import { useState } from 'react';
import type { MinutesRow } from '../../../shared/domain/minutes';
import { exportFileStem } from '../../../shared/minutes/export';
import { formatCode } from '../../../shared/forms/code';
import { fileNameFor } from '../../../shared/file-kinds';
import { todayInLondon } from '../../../shared/rules/dates';
import { getBridge } from '../../bridge';
import { toStorageError } from '../../data/errors';
import { useRepositories } from '../../data/hooks/useRepositories';
import type { MinutesContext } from './MinutesFrame';
import { recipientOptions } from './recipients';
import { Outcome } from './ReviewCopy';
import type { CopyOutcome } from './save-copy';

type Made = CopyOutcome & { code?: string };

/**
 * Review files: the family's version as one page each parent or carer opens in their own browser,
 * on a phone or a computer, with a code the chair gives them separately. Their reply comes back
 * sealed to this app and is imported on the "Import a reply" page.
 */
export function ReviewFiles({ context, row, by }: { context: MinutesContext; row: MinutesRow; by: string }) {
  const { minutes } = useRepositories();
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<Record<string, Made>>({});
  const options = recipientOptions(context, 'review-copy', false).filter((o) => o.recipient.kind === 'family-member' && o.allowed);
  const from = [by, context.profile.role, context.area.areaName].filter((s) => s.trim() !== '').join(', ');

  const make = async (person: { id: string; name: string }) => {
    if (busy) return;
    setBusy(true);
    const say = (outcome: Made) => setMade((m) => ({ ...m, [person.id]: outcome }));
    try {
      const { makeReviewFile } = await import('../../forms/make-review-file');
      const now = new Date();
      const file = await makeReviewFile({ row, family: context.family, person, from: from || 'Team Around', madeOn: todayInLondon(now), madeAt: now.toISOString(), madeBy: by });
      if (!file.ok) return say({ status: 'failed', message: file.message });
      const name = fileNameFor(exportFileStem(context.family.familyName, 'review-copy', row.version, row.snapshot?.meetingDate ?? '', person.name), 'form');
      const saved = await getBridge().saveFile({ suggestedName: name, kind: 'form', data: new TextEncoder().encode(file.html) });
      if (saved.status === 'cancelled') return say({ status: 'cancelled', message: `The review file for ${person.name} was not saved, because you cancelled.` });
      if (saved.status === 'failed') return say({ status: 'failed', message: `The review file for ${person.name} was not saved. ${saved.message}` });
      const recorded = await minutes.recordReviewFile(row.id, file.file);
      if (!recorded.ok) return say({ status: 'failed', message: `Saved as ${saved.fileName}, but it could not be recorded, so its reply could not be opened. ${recorded.message} Make a new review file.` });
      say({ status: 'saved', message: `The review file for ${person.name} is saved as ${saved.fileName}.`, code: file.code });
    } catch (error) {
      say({ status: 'failed', message: `The review file for ${person.name} could not be made. ${toStorageError(error).message}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="minutes-review-copy" aria-labelledby="review-files-heading">
      <h3 id="review-files-heading">Review file to open in a web browser</h3>
      <p>
        One page they open on their own phone or computer, with no app and no account, to check the minutes one part at a time, with large text and read
        aloud. It is locked with a code: give them the code separately, by phone or in a letter, never with the file.
      </p>
      <ul className="invitee-list">
        {options.map((option) => {
          const person = { id: option.recipient.id, name: option.recipient.name };
          const outcome = made[person.id];
          return (
            <li key={person.id} className="invitee-list__item">
              <button type="button" className="button button--secondary button--small" aria-disabled={busy || undefined} onClick={() => void make(person)}>
                Make a review file for <bdi>{person.name}</bdi>
              </button>
              {option.leftOut.length > 0 && <p className="hint-text">Their file leaves out: {option.leftOut.join(', ')}.</p>}
              {outcome?.code ? (
                <div className="notice" role="status">
                  <p>{outcome.message}</p>
                  <p>
                    The code for <bdi>{person.name}</bdi> is <strong className="review-file-code">{formatCode(outcome.code)}</strong>. It is shown only now. Give it to
                    them separately from the file.
                  </p>
                </div>
              ) : (
                <Outcome outcome={outcome} />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
