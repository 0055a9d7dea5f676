import { useState, type FormEvent } from 'react';
import type { Validated } from '../../../shared/domain/family';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { getDatabase } from '../../data/db';
import { useFormSubmit } from '../../components/form/useFormSubmit';
import { saveBackupSettings } from '../../data/repositories/settings';
import { useFocusAfter } from '../../components/useFocusAfter';
import { Section } from '../../components/Section';
import { OutcomeNotice } from '../../components/notices/OutcomeNotice';
import { summaryEntries } from '../../components/form/summary-entries';

const FIELD = 'remind-after-days';

function problemWith(text: string): string | null {
  if (!/^\d+$/.test(text.trim())) return 'Enter the number of days as a whole number, for example 7';
  const days = Number(text.trim());
  if (days < 1 || days > 365) return 'Enter a number of days from 1 to 365';
  return null;
}

/** How many days without a backup before Team Around reminds you. */
export function ReminderSettingForm({ remindAfterDays }: { remindAfterDays: number }) {
  const [text, setText] = useState(String(remindAfterDays));
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const focusAfter = useFocusAfter();
  const form = useFormSubmit({
    check: (): Validated<number> => {
      const problem = problemWith(text);
      return problem ? { ok: false, errors: [{ path: FIELD, message: problem }] } : { ok: true, value: Number(text.trim()) };
    },
    save: async (days) => {
      try {
        await saveBackupSettings(getDatabase(), { remindAfterDays: days });
      } finally {
        // Saved or not, the message saying so takes focus.
        focusAfter('reminder-outcome');
      }
      return days;
    },
    afterSave: (days) => setOutcome({ ok: true, message: `Saved. Team Around will remind you when no backup has been made for ${days} ${days === 1 ? 'day' : 'days'}.` }),
  });
  const error = form.errorAt(FIELD) ?? null;
  const shown = form.saveError ? { ok: false, message: form.saveError } : outcome;

  function submit(event: FormEvent) {
    setOutcome(null);
    void form.submit(event);
  }

  return (
    <Section headingId="reminder-heading" title="Backup reminder">
      {shown && (
        <OutcomeNotice ok={shown.ok} id="reminder-outcome">
          {shown.message}
        </OutcomeNotice>
      )}
      <form className="form" noValidate onSubmit={submit}>
        <ErrorSummary errors={summaryEntries([[FIELD, error]])} attempt={form.attempt} />
        <TextField
          id={FIELD}
          label="Remind me after this many days without a backup"
          hint="From 1 to 365 days. Your organisation may say how often to make one."
          inputMode="numeric"
          width="short"
          value={text}
          error={error ?? undefined}
          onValueChange={setText}
        />
        <div className="form__actions">
          <button type="submit" className="button button--secondary">
            Save reminder
          </button>
        </div>
      </form>
    </Section>
  );
}
