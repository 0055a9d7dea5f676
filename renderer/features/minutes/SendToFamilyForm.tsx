import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { MinutesContent, MinutesRow } from '../../../shared/domain/minutes';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { useRepositories } from '../../data/hooks/useRepositories';
import { SaveProblem } from '../plans/form-parts/FormNotices';
import { RadioGroup } from '../plans/form-parts/RadioGroup';
import { useStep } from './useStep';
import { paths } from '../../components/paths';

type How = 'laptop' | 'review-copy' | 'other';

const HOW_WORDS: Record<Exclude<How, 'other'>, string> = {
  laptop: 'On this laptop: the family read them in review mode.',
  'review-copy': 'A review copy to take home, with space for their comments.',
};

/** Sends the minutes to the family to check, recording how; the family always sees them first. */
export function SendToFamilyForm({ row, content, by, onSent }: { row: MinutesRow; content: MinutesContent; by: string; onSent(message: string): void }) {
  const { minutes } = useRepositories();
  const navigate = useNavigate();
  const step = useStep();
  const [how, setHow] = useState<How | ''>('');
  const [other, setOther] = useState('');
  const [attempt, setAttempt] = useState(0);
  const errors =
    attempt === 0
      ? []
      : [
          ...(how === '' ? [{ fieldId: 'send-how', message: 'Choose how the family will check the minutes' }] : []),
          ...(how === 'other' && other.trim() === '' ? [{ fieldId: 'send-other', message: 'Say how the minutes are being sent to the family' }] : []),
        ];
  const again = row.events.some((e) => e.step === 'sent-to-family');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAttempt((n) => n + 1);
    if (how === '' || (how === 'other' && other.trim() === '')) return;
    const details = how === 'other' ? other.trim() : HOW_WORDS[how];
    const sent = await step.run(() => minutes.sendToFamily(row.id, content, by, details));
    if (!sent) return;
    if (how === 'laptop') {
      void navigate(paths.minutesReview(row.familyId, row.meetingId));
      return;
    }
    onSent(how === 'review-copy' ? 'Sent to the family to check. Make the review copy below.' : 'Sent to the family to check.');
  }

  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="send-heading">
      <h3 id="send-heading">{again ? 'Send the minutes to the family again' : 'Send the minutes to the family to check'}</h3>
      <p>The family see the minutes first, and say whether they are right, before anyone else is sent a copy.</p>
      <ErrorSummary errors={errors} attempt={attempt} />
      <SaveProblem message={step.problem} />
      <RadioGroup<How>
        id="send-how"
        legend="How will the family check them?"
        error={errors.find((e) => e.fieldId === 'send-how')?.message}
        value={how}
        options={[
          { value: 'laptop', label: 'On this laptop, now', hint: 'Hand the laptop to them: the family’s version, in large text, one part at a time.' },
          { value: 'review-copy', label: 'A review copy to take home', hint: 'A Word or PDF copy with space for their comments. You record their answers later.' },
          {
            value: 'other',
            label: 'Another way',
            conditional: (
              <TextField
                id="send-other"
                label="How are they being sent?"
                hint="For example: read to Ana over the phone with an interpreter"
                value={other}
                error={errors.find((e) => e.fieldId === 'send-other')?.message}
                onValueChange={setOther}
              />
            ),
          },
        ]}
        onChange={setHow}
      />
      <div className="form__actions">
        <button type="submit" className="button" aria-disabled={step.busy || undefined}>
          Send to the family for review
        </button>
      </div>
    </form>
  );
}
