import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { todayInLondon } from '../../../shared/rules/dates';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { TextField } from '../../components/TextField';
import { toStorageError } from '../../data/errors';
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
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [attempt, setAttempt] = useState(0);

  if (!firstConfirmed(location.state)) return <Navigate to={paths.dispose(familyId)} replace />;
  if (due === undefined && !disposing) return <Loading what="family" />;
  const family = disposing ?? due?.find((d) => d.familyId === familyId);
  if (!family) return <NotDuePage />;
  const target = family;

  const fail = (message: string) => {
    setErrors([{ fieldId: NAME_ID, message }]);
    setAttempt((a) => a + 1);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!sameName(typed, target.familyName)) return fail(`Type the family's name exactly as shown: ${target.familyName}`);
    setDisposing(target);
    try {
      const removal = await disposal.dispose(target.familyId, todayInLondon());
      const state: DisposalFlash = { flash: `The records about ${target.familyName} have been disposed of: ${removedWords(removal)}.`, disposedId: target.familyId };
      navigate(paths.retention(), { state });
    } catch (error) {
      setDisposing(null);
      fail(toStorageError(error).message);
    }
  }

  return (
    <>
      <p className="back-link">
        <Link to={paths.retention()}>Back to records due for disposal</Link>
      </p>
      <PageHeading title={`Confirm disposal of the records about ${target.familyName}`}>
        Confirm disposal of the records about <bdi>{target.familyName}</bdi>
      </PageHeading>
      <form noValidate onSubmit={(e) => void submit(e)}>
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
          <button type="submit" className="button button--warning" disabled={disposing !== null}>
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
