import { useState, type FormEvent } from 'react';
import { describeRetentionPeriod, type RetentionRules, type RetentionUnit } from '../../../shared/domain/retention';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { toStorageError } from '../../data/errors';
import { useRepositories } from '../../data/hooks/useRepositories';
import { RadioGroup } from '../../components/fields/RadioGroup';

const COUNT_ID = 'retention-count';
const UNIT_ID = 'retention-unit';

function readCount(text: string): number | null {
  return /^\s*\d{1,4}\s*$/.test(text) ? Number(text) : null;
}

/** How long to keep the records of families whose plans have all closed, in years or months. */
export function RetentionForm({ saved, onSaved }: { saved: RetentionRules; onSaved(rules: RetentionRules): void }) {
  const { settings } = useRepositories();
  const [count, setCount] = useState(String(saved.closedPlans.count));
  const [unit, setUnit] = useState<RetentionUnit>(saved.closedPlans.unit);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const n = readCount(count);
    const fail = (message: string) => {
      setErrors([{ fieldId: COUNT_ID, message }]);
      setAttempt((a) => a + 1);
    };
    if (n === null) return fail('Enter how long to keep the records, as a whole number, for example 6');
    setBusy(true);
    try {
      const result = await settings.saveRetention({ closedPlans: { count: n, unit } });
      if (result.ok) onSaved(result.value);
      else fail(result.errors[0]?.message ?? 'Enter how long to keep the records');
    } catch (error) {
      fail(toStorageError(error).message);
    }
    setBusy(false);
  }

  const countError = errors.find((e) => e.fieldId === COUNT_ID)?.message;
  return (
    <form noValidate onSubmit={(e) => void submit(e)}>
      <ErrorSummary errors={errors} attempt={attempt} />
      <p>
        Now: kept for <strong>{describeRetentionPeriod(saved.closedPlans)}</strong> after the family&apos;s last plan closed.
      </p>
      <TextField
        id={COUNT_ID}
        label="How long to keep the records of families whose plans have all closed"
        hint="Counted from the day the family's last plan closed. Use your organisation's retention schedule."
        inputMode="numeric"
        width="short"
        value={count}
        error={countError}
        onValueChange={setCount}
      />
      <RadioGroup<RetentionUnit>
        id={UNIT_ID}
        legend="Years or months"
        inline
        options={[
          { value: 'years', label: 'Years' },
          { value: 'months', label: 'Months' },
        ]}
        value={unit}
        onChange={setUnit}
      />
      <button type="submit" className="button" disabled={busy}>
        Save how long records are kept
      </button>
    </form>
  );
}
