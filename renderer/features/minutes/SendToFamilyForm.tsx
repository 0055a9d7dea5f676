import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Validated } from '../../../shared/domain/family';
import type { MinutesContent, MinutesRow } from '../../../shared/domain/minutes';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { summaryOf } from '../../components/form/field-ids';
import { useFormSubmit } from '../../components/form/useFormSubmit';
import { useRepositories } from '../../data/hooks/useRepositories';
import { SaveProblem } from '../../components/notices/SaveProblem';
import { RadioGroup } from '../../components/fields/RadioGroup';
import { unlessRefused } from './refused';
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
  const [how, setHow] = useState<How | ''>('');
  const [other, setOther] = useState('');
  const again = row.events.some((e) => e.step === 'sent-to-family');

  const form = useFormSubmit({
    check: (): Validated<How> =>
      how === '' || (how === 'other' && other.trim() === '')
        ? {
            ok: false,
            errors: [
              ...(how === '' ? [{ path: 'send-how', message: 'Choose how the family will check the minutes' }] : []),
              ...(how === 'other' && other.trim() === '' ? [{ path: 'send-other', message: 'Say how the minutes are being sent to the family' }] : []),
            ],
          }
        : { ok: true, value: how },
    save: async (chosen) => {
      await unlessRefused(minutes.sendToFamily(row.id, content, by, chosen === 'other' ? other.trim() : HOW_WORDS[chosen]));
      return chosen;
    },
    afterSave: (chosen) => {
      if (chosen === 'laptop') {
        void navigate(paths.minutesReview(row.familyId, row.meetingId));
        return;
      }
      onSent(chosen === 'review-copy' ? 'Sent to the family to check. Make the review copy below.' : 'Sent to the family to check.');
    },
  });
  const errors = summaryOf(form.errors);

  return (
    <form className="form" noValidate onSubmit={(event) => void form.submit(event)} aria-labelledby="send-heading">
      <h3 id="send-heading">{again ? 'Send the minutes to the family again' : 'Send the minutes to the family to check'}</h3>
      <p>The family see the minutes first, and say whether they are right, before anyone else is sent a copy.</p>
      <ErrorSummary errors={errors} attempt={form.attempt} />
      <SaveProblem message={form.saveError} />
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
        <button type="submit" className="button" aria-disabled={form.saving || undefined}>
          Send to the family for review
        </button>
      </div>
    </form>
  );
}
