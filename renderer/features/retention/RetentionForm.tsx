import { useState } from 'react';
import type { Validated } from '../../../shared/domain/family';
import { describeRetentionPeriod, type RetentionPeriod, type RetentionRules, type RetentionUnit } from '../../../shared/domain/retention';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { SaveRefused, useFormSubmit } from '../../components/form/useFormSubmit';
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
  const form = useFormSubmit({
    check: (): Validated<RetentionPeriod> => {
      const n = readCount(count);
      if (n === null) return { ok: false, errors: [{ path: COUNT_ID, message: 'Enter how long to keep the records, as a whole number, for example 6' }] };
      return { ok: true, value: { count: n, unit } };
    },
    save: async (closedPlans) => {
      const result = await settings.saveRetention({ closedPlans });
      if (!result.ok) throw new SaveRefused(result.errors[0]?.message ?? 'Enter how long to keep the records');
      return result.value;
    },
    afterSave: onSaved,
  });

  // A refused or failed save is shown at the field like a failed check; the summary takes focus when
  // `attempt` changes, so a failed save counts as one more attempt.
  const errors: SummaryError[] = form.saveError ? [{ fieldId: COUNT_ID, message: form.saveError }] : form.errors.map((e) => ({ fieldId: e.path, message: e.message }));
  const attempt = form.attempt * 2 + (form.saveError ? 1 : 0);
  const countError = errors.find((e) => e.fieldId === COUNT_ID)?.message;
  return (
    <form noValidate onSubmit={(e) => void form.submit(e)}>
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
      <button type="submit" className="button" disabled={form.saving}>
        Save how long records are kept
      </button>
    </form>
  );
}
