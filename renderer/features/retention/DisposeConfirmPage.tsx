import { useState } from 'react';
import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router';
import type { Validated } from '../../../shared/domain/family';
import { todayInLondon } from '../../../shared/rules/dates';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/form/useFormSubmit';
import { useRepositories } from '../../data/hooks/useRepositories';
import type { DueFamily } from '../../data/repositories/disposal';
import { removedWords, sameName, type DisposalFlash } from './disposal-words';
import { NotDuePage } from './NotDuePage';
import { useDueFamilies } from './useDueFamilies';
import { paths } from '../../components/paths';

const NAME_ID = 'dispose-name';

function firstConfirmed(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'firstConfirmed' in state && state.firstConfirmed === true;
}

/** Second confirmation: the family's name typed in full, then the records are removed and the removal logged. */
export function DisposeConfirmPage() {
  const { familyId = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const { disposal } = useRepositories();
  const due = useDueFamilies();
  // Once disposal starts the live list no longer has the family; keep showing this page until we move on.
  const [disposing, setDisposing] = useState<DueFamily | null>(null);
  const [typed, setTyped] = useState('');
  const family = disposing ?? due?.find((d) => d.familyId === familyId);
  const form = useFormSubmit({
    check: (): Validated<DueFamily> | undefined => {
      if (!family) return undefined;
      if (sameName(typed, family.familyName)) return { ok: true, value: family };
      return { ok: false, errors: [{ path: NAME_ID, message: `Type the family's name exactly as shown: ${family.familyName}` }] };
    },
    save: async (target) => {
      setDisposing(target);
      try {
        return { target, removal: await disposal.dispose(target.familyId, todayInLondon()) };
      } catch (error) {
        setDisposing(null);
        throw error;
      }
    },
    afterSave: ({ target, removal }) => {
      const state: DisposalFlash = { flash: `The records about ${target.familyName} have been disposed of: ${removedWords(removal)}.`, disposedId: target.familyId };
      navigate(paths.retention(), { state });
    },
  });

  if (!firstConfirmed(location.state)) return <Navigate to={paths.dispose(familyId)} replace />;
  if (due === undefined && !disposing) return <Loading what="family" />;
  if (!family) return <NotDuePage />;
  const target = family;
  // A failed disposal is shown at the field like a failed check; the summary takes focus when
  // `attempt` changes, so a failed disposal counts as one more attempt.
  const errors: SummaryError[] = form.saveError ? [{ fieldId: NAME_ID, message: form.saveError }] : form.errors.map((e) => ({ fieldId: e.path, message: e.message }));
  const attempt = form.attempt * 2 + (form.saveError ? 1 : 0);

  return (
    <>
      <p className="back-link">
        <Link to={paths.retention()}>Back to records due for disposal</Link>
      </p>
      <PageHeading title={`Confirm disposal of the records about ${target.familyName}`}>
        Confirm disposal of the records about <bdi>{target.familyName}</bdi>
      </PageHeading>
      <form noValidate onSubmit={(e) => void form.submit(e)}>
        <ErrorSummary errors={errors} attempt={attempt} />
        <p className="lead">This is your last chance to keep them. Once disposed of, the records cannot be brought back.</p>
        <TextField
          id={NAME_ID}
          label="Type the family's name to confirm"
          hint={`Type: ${target.familyName}`}
          autoComplete="off"
          spellCheck={false}
          value={typed}
          error={errors.find((e) => e.fieldId === NAME_ID)?.message}
          onValueChange={setTyped}
        />
        <div className="confirm__buttons">
          <button type="submit" className="button button--warning" disabled={form.saving}>
            Dispose of the records permanently
          </button>
          <Link className="button button--secondary" to={paths.retention()}>
            No, keep the records
          </Link>
        </div>
      </form>
    </>
  );
}
