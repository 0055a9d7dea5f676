import { useState, type FormEvent } from 'react';
import type { MinutesRow } from '../../../shared/domain/minutes';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextAreaField } from '../../components/TextAreaField';
import { useRepositories } from '../../data/hooks/useRepositories';
import { SaveProblem } from '../../components/notices/SaveProblem';
import { useStep } from './useStep';

/** Final minutes are never changed: a correction makes a new version, with the reason, and the old one stays readable. */
export function CorrectForm({ row, by, onDone }: { row: MinutesRow; by: string; onDone(message: string): void }) {
  const { minutes } = useRepositories();
  const step = useStep();
  const [reason, setReason] = useState('');
  const [attempt, setAttempt] = useState(0);
  const errors = attempt > 0 && reason.trim() === '' ? [{ fieldId: 'correct-reason', message: 'Say why the minutes are being corrected' }] : [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAttempt((n) => n + 1);
    if (reason.trim() === '') return;
    if (await step.run(() => minutes.correct(row.id, reason, by))) {
      setReason('');
      setAttempt(0);
      onDone(`Version ${row.version + 1} has been made to correct version ${row.version}. Version ${row.version} is kept and can still be read. Send the corrected minutes to the family to check.`);
    }
  }

  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="correct-heading">
      <h3 id="correct-heading">Correct these minutes</h3>
      <p>This makes version {row.version + 1}. Version {row.version} is kept exactly as it is and can still be read.</p>
      <ErrorSummary errors={errors} attempt={attempt} />
      <SaveProblem message={step.problem} />
      <TextAreaField
        id="correct-reason"
        label="Why are the minutes being corrected?"
        hint="For example: the date of the next meeting was wrong."
        rows={3}
        value={reason}
        error={errors[0]?.message}
        onValueChange={setReason}
      />
      <div className="form__actions">
        <button type="submit" className="button button--secondary" aria-disabled={step.busy || undefined}>
          Make a corrected version
        </button>
      </div>
    </form>
  );
}
