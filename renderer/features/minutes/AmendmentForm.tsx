import { useState } from 'react';
import type { Validated } from '../../../shared/domain/family';
import { minutesSectionIdSchema, type MinutesContent, type MinutesRow, type MinutesSectionId } from '../../../shared/domain/minutes';
import { latestResponse } from '../../../shared/minutes/workflow';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { summaryOf } from '../../components/form/field-ids';
import { useFormSubmit } from '../../components/form/useFormSubmit';
import { useRepositories } from '../../data/hooks/useRepositories';
import { unlessRefused } from './refused';
import { SaveProblem } from '../../components/notices/SaveProblem';
import { SelectField } from '../../components/fields/SelectField';
import { StepForm } from './StepForm';

/**
 * A change the family asked for, made to one part of the minutes after they read them. It is
 * printed in that part, dated, with the reason; what was there before is not rubbed out.
 */
export function AmendmentForm({ row, content, by, onDone }: { row: MinutesRow; content: MinutesContent; by: string; onDone(message: string): void }) {
  const { minutes } = useRepositories();
  const asker = latestResponse(row)?.givenBy.name ?? '';
  const [sectionId, setSectionId] = useState<MinutesSectionId | ''>('');
  const [text, setText] = useState('');
  const [reason, setReason] = useState(asker ? `${asker} asked for this` : '');
  const form = useFormSubmit({
    check: (): Validated<MinutesSectionId> =>
      sectionId === '' || text.trim() === ''
        ? {
            ok: false,
            errors: [
              ...(sectionId === '' ? [{ path: 'amend-section', message: 'Choose which part of the minutes to change' }] : []),
              ...(text.trim() === '' ? [{ path: 'amend-text', message: 'Write the change' }] : []),
            ],
          }
        : { ok: true, value: sectionId },
    save: async (id) => {
      await unlessRefused(minutes.addAmendment(row.id, { sectionId: id, text, reason }, by));
      return content.sections.find((s) => s.id === id)?.heading ?? '';
    },
    afterSave: (heading) => {
      setSectionId('');
      setText('');
      onDone(`The change has been added to “${heading}”. It is printed there, with the date and why.`);
    },
    resetAfterSave: true,
  });
  const errorAt = form.errorAt;

  return (
    <StepForm id="amend" heading="Make a change the family asked for" form={form} submitLabel="Add the change" secondary>
      <p>The change is printed in that part of the minutes, with the date and why. Nothing already there is rubbed out.</p>
      <ErrorSummary errors={summaryOf(form.errors)} attempt={form.attempt} />
      <SaveProblem message={form.saveError} />
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
    </StepForm>
  );
}
