import { useState } from 'react';
import type { BriefingRequest } from '../../../shared/briefing/request';
import type { PlannedMeeting } from '../../../shared/domain/meeting';
import { formatCode } from '../../../shared/forms/code';
import { fileNameFor } from '../../../shared/file-kinds';
import { getBridge } from '../../bridge';
import { toStorageError } from '../../data/errors';
import { useRepositories } from '../../data/hooks/useRepositories';

type Outcome = { ok: true; message: string; code: string } | { ok: false; message: string };

/**
 * For a school or agency without Team Around: the request as a form file they open in any web
 * browser, with no install and no account. It is locked with a code the chair gives them
 * separately; the briefing file it makes is imported below like any other.
 */
export function BriefingFormFile({ request, meeting, to }: { request: BriefingRequest; meeting: Pick<PlannedMeeting, 'id' | 'familyId'>; to: string }) {
  const { briefings } = useRepositories();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const make = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const { makeBriefingForm } = await import('../../forms/make-briefing-form');
      const from = [request.askedBy.name, request.askedBy.role].filter((s) => s.trim() !== '').join(', ') || 'Team Around';
      const made = await makeBriefingForm(request, from);
      const name = fileNameFor(`Briefing form for ${request.child.name.replace(/[\\/:*?"<>|]/g, ' ')}`, 'form').slice(0, 200);
      const saved = await getBridge().saveFile({ suggestedName: name, kind: 'form', data: new TextEncoder().encode(made.html) });
      if (saved.status === 'cancelled') return setOutcome({ ok: false, message: 'The form was not saved, because you cancelled.' });
      if (saved.status === 'failed') return setOutcome({ ok: false, message: `The form was not saved. ${saved.message}` });
      await briefings.recordRequestForm(meeting, request.askedOf.practitionerId);
      setOutcome({ ok: true, message: `The form is saved as ${saved.fileName}.`, code: made.code });
    } catch (error) {
      setOutcome({ ok: false, message: `The form could not be made. ${toStorageError(error).message}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="briefing-form-file">
      <h3>No Team Around at their end?</h3>
      <p>
        Save the request as a form that <bdi>{to}</bdi> opens in any web browser, with nothing to install. It works out attendance as they type and makes the
        briefing file for you. It is locked with a code: give them the code separately, by phone, never in the same email.
      </p>
      <button type="button" className="button button--secondary" aria-disabled={busy || undefined} onClick={() => void make()}>
        Save as a form to open in a web browser
      </button>
      {outcome?.ok && (
        <div className="notice" role="status">
          <p>{outcome.message}</p>
          <p>
            The code for <bdi>{to}</bdi> is <strong className="review-file-code">{formatCode(outcome.code)}</strong>. It is shown only now.
          </p>
        </div>
      )}
      {outcome && !outcome.ok && (
        <p className="notice notice--problem" role="alert">
          {outcome.message}
        </p>
      )}
    </div>
  );
}
