import { useEffect, useState } from 'react';
import type { ExportFormat, MinutesContent, MinutesRow } from '../../../shared/domain/minutes';
import type { ReceivedReport } from '../../../shared/domain/received-report';
import { exportFileStem } from '../../../shared/minutes/export';
import { isLocked } from '../../../shared/minutes/workflow';
import { ErrorSummary } from '../../components/ErrorSummary';
import { summaryOf } from '../../components/form/field-ids';
import { useFormSubmit } from '../../components/form/useFormSubmit';
import { useRepositories } from '../../data/hooks/useRepositories';
import { warmDocumentFilesWhenIdle } from '../../documents/warm-when-idle';
import { FieldMessages, describedBy } from '../../components/fields/FieldMessages';
import { RadioGroup } from '../../components/fields/RadioGroup';
import { DocumentChoice, useChildChoice } from './DocumentChoice';
import { copyFor, FORMATS, type ExportDocument } from './export-copy';
import type { MinutesContext } from './MinutesFrame';
import { actorName } from './minutes-words';
import { recipientOptions } from './recipients';
import { Outcome } from './ReviewCopy';
import { saveCopy, type CopyOutcome } from './save-copy';

/** Copies for the family and for those the consent register allows today: one file each. */
export function CopiesForm({ context, row, live, reports }: { context: MinutesContext; row: MinutesRow; live: MinutesContent; reports: readonly ReceivedReport[] }) {
  const { minutes } = useRepositories();
  const [document, setDocument] = useState<ExportDocument>('minutes');
  const [format, setFormat] = useState<ExportFormat>('docx');
  const [chosen, setChosen] = useState<string[]>([]);
  const [outcomes, setOutcomes] = useState<Array<{ key: string; outcome: CopyOutcome }>>([]);
  const childChoice = useChildChoice(context);
  const options = recipientOptions(context, document, isLocked(row));
  // The file-making code loads, and runs once on a sample, while the chair chooses, not after "Make and save".
  useEffect(() => warmDocumentFilesWhenIdle(() => import('./minutes-files')).cancel, []);
  const picked = options.filter((o) => o.allowed && o.basis && chosen.includes(o.recipient.id));

  const toggle = (id: string, on: boolean) => setChosen((c) => (on ? [...c, id] : c.filter((x) => x !== id)));

  const form = useFormSubmit({
    check: () => (picked.length === 0 ? { ok: false, errors: [{ path: 'export-recipients', message: 'Choose who the copies are for' }] } : { ok: true, value: picked }),
    save: makeCopies,
    afterSave: () => undefined,
  });
  const errors = summaryOf(form.errors);

  /** One copy after another, each outcome shown as soon as it is known. */
  async function makeCopies(list: typeof picked) {
    setOutcomes([]);
    const by = actorName(context.profile);
    for (const option of list) {
      if (!option.basis) continue;
      const outcome = await saveCopy(
        {
          row,
          document,
          format,
          recipient: option.recipient,
          basis: option.basis,
          fileStem: exportFileStem(context.family.familyName, document, row.version, live.meetingDate, option.recipient.name),
          copy: copyFor({ context, row, live, reports, document, childId: childChoice.childId, recipient: option.recipient }),
        },
        minutes,
        by,
      );
      setOutcomes((shown) => [...shown, { key: `${option.recipient.id}:${shown.length}`, outcome }]);
    }
  }

  return (
    <form className="form" noValidate onSubmit={(event) => void form.submit(event)} aria-labelledby="export-heading">
      <h2 className="section-heading" id="export-heading">
        Copies for the family and for those they agreed to
      </h2>
      <ErrorSummary errors={errors} attempt={form.attempt} />
      <DocumentChoice idPrefix="export" document={document} onDocument={setDocument} childChoice={childChoice} />
      <RadioGroup<ExportFormat> id="export-format" legend="Which format?" inline value={format} options={FORMATS} onChange={setFormat} />
      <div className={`field${errors.length > 0 ? ' field--error' : ''}`}>
        <fieldset className="choices" aria-describedby={describedBy('export-recipients', 'export-recipients-hint', errors[0]?.message)}>
          <legend className="choices__legend">Who is it for?</legend>
          <FieldMessages
            id="export-recipients"
            hint="The family comes first. Anyone else needs the family’s consent today, and the minutes must be final. Each person gets their own copy."
            error={errors[0]?.message}
          />
          <div className="choices__options">
            {options.map((option, i) => {
              const inputId = i === 0 ? 'export-recipients' : `export-recipients-${i}`;
              const whyId = `${inputId}-why`;
              return (
                <div key={option.recipient.id} className={`choice minutes-recipient${option.allowed ? '' : ' minutes-recipient--blocked'}`}>
                  <input
                    className="choice__input"
                    type="checkbox"
                    id={inputId}
                    disabled={!option.allowed}
                    checked={option.allowed && chosen.includes(option.recipient.id)}
                    aria-describedby={whyId}
                    onChange={(e) => toggle(option.recipient.id, e.target.checked)}
                  />
                  <label className="choice__label" htmlFor={inputId}>
                    <bdi>{option.recipient.name}</bdi>
                    {option.recipient.role ? `, ${option.recipient.role}` : ''}
                    {option.recipient.agency && option.recipient.agency !== option.recipient.name ? ` (${option.recipient.agency})` : ''}
                  </label>
                  <div className="choice__hint" id={whyId}>
                    <span className="minutes-recipient__verdict">{option.allowed ? 'Can have a copy. ' : 'Cannot be chosen. '}</span>
                    {option.why}
                    {option.leftOut.length > 0 && ` Their copy leaves out: ${option.leftOut.join(', ')}.`}
                  </div>
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
      <div className="form__actions">
        <button type="submit" className="button" aria-disabled={form.saving || undefined}>
          Make and save the copies
        </button>
      </div>
      {outcomes.length > 0 && (
        <div className="minutes-outcomes">
          {outcomes.map(({ key, outcome }) => (
            <Outcome key={key} outcome={outcome} />
          ))}
        </div>
      )}
    </form>
  );
}
