import { useState } from 'react';
import { Link } from 'react-router';
import type { ExportFormat, MinutesContent, MinutesRow, RecipientRef } from '../../../shared/domain/minutes';
import type { ReceivedReport } from '../../../shared/domain/received-report';
import { exportFileStem } from '../../../shared/minutes/export';
import { safeguardingBasis } from '../../../shared/minutes/recipients';
import { searchKey } from '../../../shared/rules/text';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { summaryOf } from '../../components/form/field-ids';
import { paths } from '../../components/paths';
import { useFormSubmit } from '../../components/form/useFormSubmit';
import { useRepositories } from '../../data/hooks/useRepositories';
import { RadioGroup } from '../../components/fields/RadioGroup';
import { DocumentChoice, useChildChoice } from './DocumentChoice';
import { copyFor, FORMATS, type ExportDocument } from './export-copy';
import type { MinutesContext } from './MinutesFrame';
import { actorName } from './minutes-words';
import { Outcome } from './ReviewCopy';
import { saveCopy, type CopyOutcome } from './save-copy';

/** A copy for a safeguarding referral: never blocked by consent, but its reason is kept with it. */
export function SafeguardingCopy({ context, row, live, reports }: { context: MinutesContext; row: MinutesRow; live: MinutesContent; reports: readonly ReceivedReport[] }) {
  const { minutes } = useRepositories();
  const [document, setDocument] = useState<ExportDocument>('minutes');
  const [format, setFormat] = useState<ExportFormat>('docx');
  const [to, setTo] = useState('Children’s social care');
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<CopyOutcome | undefined>(undefined);
  const childChoice = useChildChoice(context);
  const basis = safeguardingBasis(reason);
  const form = useFormSubmit({
    check: () =>
      !basis.ok || to.trim() === ''
        ? {
            ok: false,
            errors: [
              ...(to.trim() === '' ? [{ path: 'referral-to', message: 'Enter who the referral copy is going to' }] : []),
              ...(!basis.ok ? [{ path: 'referral-reason', message: basis.message }] : []),
            ],
          }
        : { ok: true, value: { name: to.trim(), basis: basis.basis } },
    save: ({ name, basis: why }) => {
      const recipient: RecipientRef = { id: `agency:${searchKey(name) || 'referral'}`, kind: 'agency', name, role: '', agency: name };
      return saveCopy(
        {
          row,
          document,
          format,
          recipient,
          basis: why,
          fileStem: exportFileStem(context.family.familyName, document, row.version, live.meetingDate, name),
          copy: copyFor({ context, row, live, reports, document, childId: childChoice.childId, recipient }),
        },
        minutes,
        actorName(context.profile),
      );
    },
    afterSave: setOutcome,
  });
  const errors = summaryOf(form.errors);

  return (
    <form className="form minutes-safeguarding" noValidate onSubmit={(event) => void form.submit(event)} aria-labelledby="referral-copy-heading">
      <h2 className="section-heading" id="referral-copy-heading">
        Safeguarding referral copy
      </h2>
      <p>
        If you believe a child is suffering, or is likely to suffer, significant harm, share what is needed with children’s social care at once. This never waits for the family’s
        consent, and it is never blocked. Say why: the reason is kept with the copy, and the audit trail records that the copy was made.
      </p>
      <p>
        <Link to={paths.safeguarding(context.family.id)}>Record the referral itself on the safeguarding page</Link>
      </p>
      <ErrorSummary errors={errors} attempt={form.attempt} />
      <TextField id="referral-to" label="Who is the copy going to?" width="medium" value={to} error={errors.find((e) => e.fieldId === 'referral-to')?.message} onValueChange={setTo} />
      <TextAreaField
        id="referral-reason"
        label="Why is this a safeguarding referral?"
        hint="What makes you believe a child may be at risk of significant harm."
        rows={4}
        value={reason}
        error={errors.find((e) => e.fieldId === 'referral-reason')?.message}
        onValueChange={setReason}
      />
      <DocumentChoice idPrefix="referral" document={document} onDocument={setDocument} childChoice={childChoice} />
      <RadioGroup<ExportFormat> id="referral-format" legend="Which format?" inline value={format} options={FORMATS} onChange={setFormat} />
      <div className="form__actions">
        <button type="submit" className="button button--warning" aria-disabled={form.saving || undefined}>
          Make the referral copy
        </button>
      </div>
      <Outcome outcome={outcome} />
    </form>
  );
}
