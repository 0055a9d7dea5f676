import { useState } from 'react';
import type { MinutesRow } from '../../../shared/domain/minutes';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextAreaField } from '../../components/TextAreaField';
import { summaryOf } from '../../components/form/field-ids';
import { useFormSubmit } from '../../components/form/useFormSubmit';
import { useRepositories } from '../../data/hooks/useRepositories';
import { unlessRefused } from './refused';
import { SaveProblem } from '../../components/notices/SaveProblem';
import { StepForm } from './StepForm';

/** Final minutes are never changed: a correction makes a new version, with the reason, and the old one stays readable. */
export function CorrectForm({ row, by, onDone }: { row: MinutesRow; by: string; onDone(message: string): void }) {
  const { minutes } = useRepositories();
  const [reason, setReason] = useState('');
  const form = useFormSubmit({
    check: () => (reason.trim() === '' ? { ok: false, errors: [{ path: 'correct-reason', message: 'Say why the minutes are being corrected' }] } : { ok: true, value: reason }),
    save: (why: string) => unlessRefused(minutes.correct(row.id, why, by)),
    afterSave: () => {
      setReason('');
      onDone(`Version ${row.version + 1} has been made to correct version ${row.version}. Version ${row.version} is kept and can still be read. Send the corrected minutes to the family to check.`);
    },
    resetAfterSave: true,
  });

  return (
    <StepForm id="correct" heading="Correct these minutes" form={form} submitLabel="Make a corrected version" secondary>
      <p>This makes version {row.version + 1}. Version {row.version} is kept exactly as it is and can still be read.</p>
      <ErrorSummary errors={summaryOf(form.errors)} attempt={form.attempt} />
      <SaveProblem message={form.saveError} />
      <TextAreaField
        id="correct-reason"
        label="Why are the minutes being corrected?"
        hint="For example: the date of the next meeting was wrong."
        rows={3}
        value={reason}
        error={form.errorAt('correct-reason')}
        onValueChange={setReason}
      />
    </StepForm>
  );
}
