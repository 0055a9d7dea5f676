import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { getDatabase } from '../../data/db';
import { toStorageError } from '../../data/errors';
import { saveBackupSettings } from '../../data/repositories/settings';
import { useFocusAfter } from '../../components/useFocusAfter';

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
  const [attempt, setAttempt] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const focusAfter = useFocusAfter();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const problem = problemWith(text);
    setError(problem);
    setOutcome(null);
    if (problem) return;
    const days = Number(text.trim());
    try {
      await saveBackupSettings(getDatabase(), { remindAfterDays: days });
      setOutcome({ ok: true, message: `Saved. Team Around will remind you when no backup has been made for ${days} ${days === 1 ? 'day' : 'days'}.` });
    } catch (e) {
      setOutcome({ ok: false, message: toStorageError(e).message });
    }
    focusAfter('reminder-outcome');
  }

  return (
    <section aria-labelledby="reminder-heading">
      <h2 className="section-heading" id="reminder-heading">
        Backup reminder
      </h2>
      {outcome && (
        <div id="reminder-outcome" tabIndex={-1} className={`notice ${outcome.ok ? 'notice--success' : 'notice--problem'}`} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.message}
        </div>
      )}
      <form className="form" noValidate onSubmit={submit}>
        <ErrorSummary errors={error ? [{ fieldId: FIELD, message: error }] : []} attempt={attempt} />
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
    </section>
  );
}
