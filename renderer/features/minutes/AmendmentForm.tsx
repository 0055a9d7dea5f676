import { useState, type FormEvent } from 'react';
import { minutesSectionIdSchema, type MinutesContent, type MinutesRow, type MinutesSectionId } from '../../../shared/domain/minutes';
import { latestResponse } from '../../../shared/minutes/workflow';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useRepositories } from '../../data/hooks/useRepositories';
import { SaveProblem } from '../../components/notices/SaveProblem';
import { SelectField } from '../../components/fields/SelectField';
import { useStep } from './useStep';

/**
 * A change the family asked for, made to one part of the minutes after they read them. It is
 * printed in that part, dated, with the reason; what was there before is not rubbed out.
 */
export function AmendmentForm({ row, content, by, onDone }: { row: MinutesRow; content: MinutesContent; by: string; onDone(message: string): void }) {
  const { minutes } = useRepositories();
  const step = useStep();
  const asker = latestResponse(row)?.givenBy.name ?? '';
  const [sectionId, setSectionId] = useState<MinutesSectionId | ''>('');
  const [text, setText] = useState('');
  const [reason, setReason] = useState(asker ? `${asker} asked for this` : '');
  const [attempt, setAttempt] = useState(0);
  const errors =
    attempt === 0
      ? []
      : [
          ...(sectionId === '' ? [{ fieldId: 'amend-section', message: 'Choose which part of the minutes to change' }] : []),
          ...(text.trim() === '' ? [{ fieldId: 'amend-text', message: 'Write the change' }] : []),
        ];
  const errorAt = (id: string) => errors.find((e) => e.fieldId === id)?.message;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAttempt((n) => n + 1);
    if (sectionId === '' || text.trim() === '') return;
    const heading = content.sections.find((s) => s.id === sectionId)?.heading ?? '';
    if (await step.run(() => minutes.addAmendment(row.id, { sectionId, text, reason }, by))) {
      setSectionId('');
      setText('');
      setAttempt(0);
      onDone(`The change has been added to “${heading}”. It is printed there, with the date and why.`);
    }
  }

  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="amend-heading">
      <h3 id="amend-heading">Make a change the family asked for</h3>
      <p>The change is printed in that part of the minutes, with the date and why. Nothing already there is rubbed out.</p>
      <ErrorSummary errors={errors} attempt={attempt} />
      <SaveProblem message={step.problem} />
      <SelectField id="amend-section" label="Which part of the minutes?" value={sectionId} error={errorAt('amend-section')} onValueChange={(v) => setSectionId(minutesSectionIdSchema.safeParse(v).data ?? '')}>
        <option value="">Choose a part</option>
        {content.sections.map((s) => (
          <option key={s.id} value={s.id}>
            {s.heading}
          </option>
        ))}
      </SelectField>
      <TextAreaField id="amend-text" label="The change" hint="For example: Rosa Diaz (Leo’s aunt) came to the meeting too." rows={3} value={text} error={errorAt('amend-text')} onValueChange={setText} />
      <TextField id="amend-reason" label="Why (optional)" value={reason} onValueChange={setReason} />
      <div className="form__actions">
        <button type="submit" className="button button--secondary" aria-disabled={step.busy || undefined}>
          Add the change
        </button>
      </div>
    </form>
  );
}
