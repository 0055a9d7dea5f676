import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { knownAs } from '../../../shared/domain/person';
import {
  MINUTES_DOCUMENT_KIND_LABELS,
  type DistributionBasis,
  type ExportFormat,
  type MinutesContent,
  type MinutesDocumentKind,
  type MinutesRow,
  type RecipientRef,
} from '../../../shared/domain/minutes';
import type { ReceivedReport } from '../../../shared/domain/received-report';
import { exportFileStem, type MinutesExportKind } from '../../../shared/minutes/export';
import { checkFamilyVersion } from '../../../shared/minutes/plain-check';
import { safeguardingBasis } from '../../../shared/minutes/recipients';
import { contentForExport, draftMarkingNeeded, isLocked, minutesStatus } from '../../../shared/minutes/workflow';
import { searchKey } from '../../../shared/rules/text';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useRepositories } from '../../data/hooks/useRepositories';
import { useReceivedReports } from '../briefings/useReceivedReports';
import { FieldMessages, describedBy } from '../plans/form-parts/FieldMessages';
import { RadioGroup } from '../plans/form-parts/RadioGroup';
import { buildLiveContent, minutesGlossary } from './live-content';
import { MinutesFrame, type MinutesContext } from './MinutesFrame';
import type { CopyDocument } from './minutes-files';
import { actorName, DRAFT_MARKING, instantWords, versionWords } from './minutes-words';
import { plannedRecipients, recipientOptions } from './recipients';
import { Outcome } from './ReviewCopy';
import { saveCopy, type CopyOutcome } from './save-copy';
import { paths } from '../../components/paths';

type ExportDocument = Exclude<MinutesDocumentKind, 'agenda' | 'review-copy'>;
const DOCUMENTS: readonly ExportDocument[] = ['minutes', 'family-version', 'child-letter', 'action-plan', 'meeting-pack'];
const FORMATS: ReadonlyArray<{ value: ExportFormat; label: string }> = [
  { value: 'docx', label: 'Word' },
  { value: 'pdf', label: 'PDF' },
];
const BASIS_WORDS: Record<DistributionBasis['kind'], string> = {
  family: 'The family’s own copy',
  consent: 'The family’s consent',
  safeguarding: 'Safeguarding referral',
};

/**
 * The export dialog: which document, Word or PDF, and for whom. Everyone who might have a copy is
 * listed with whether the consent register allows it today and why; those it does not allow
 * cannot be chosen. Each person gets their own copy, with what is withheld from them left out.
 * A safeguarding referral copy has its own route: never blocked by consent, but its reason is kept.
 */
export function ExportPage() {
  return <MinutesFrame what="copies of the minutes">{(context) => <ExportView context={context} />}</MinutesFrame>;
}

function ExportView({ context }: { context: MinutesContext }) {
  const { family, meeting, versions } = context;
  const reports = useReceivedReports(meeting.id);
  const row = versions[versions.length - 1];
  const live = useMemo(
    () => buildLiveContent(context, { reports: reports ?? [], row, plannedRecipients: plannedRecipients(context), builtAt: new Date().toISOString() }),
    [context, reports, row],
  );
  const back = paths.minutes(family.id, meeting.id);
  const title = `Save and share copies: ${family.familyName}`;
  if (!row || !live.ok || minutesStatus(row) === 'superseded') {
    return (
      <>
        <PageHeading title={title} />
        <p>
          {!live.ok ? live.message : 'Write the draft minutes first.'} <Link to={back}>Back to the minutes</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <p className="back-link">
        <Link to={back}>Back to the minutes</Link>
      </p>
      <PageHeading title={title}>
        Save and share copies: <bdi>{family.familyName}</bdi>
      </PageHeading>
      <p className="minutes-status">
        <strong>{versionWords(row)}</strong>
      </p>
      {draftMarkingNeeded(row) ? (
        <p className="notice notice--reminder">The family has not agreed these minutes yet. Every page of every copy will say “{DRAFT_MARKING}”.</p>
      ) : (
        <p>The family has agreed these minutes: copies are not marked as a draft.</p>
      )}
      <PlainWordsReminder context={context} row={row} content={contentForExport(row, live.content)} />
      <CopiesForm context={context} row={row} live={live.content} reports={reports ?? []} />
      <SafeguardingCopy context={context} row={row} live={live.content} reports={reports ?? []} />
      <Distribution row={row} />
    </>
  );
}

function PlainWordsReminder({ context, row, content }: { context: MinutesContext; row: MinutesRow; content: MinutesContent }) {
  if (isLocked(row)) return null;
  const open = checkFamilyVersion(content, minutesGlossary(), row.acceptedFlags).open;
  if (open === 0) return <p>The plain words check of the family’s version has nothing left to look at.</p>;
  return (
    <p className="notice notice--reminder">
      The plain words check found {open === 1 ? '1 thing' : `${open} things`} in the family’s version to look at before you export it.{' '}
      <Link to={paths.minutesPlainWords(context.family.id, context.meeting.id)}>Check plain words</Link>
    </p>
  );
}

interface CopyInput {
  context: MinutesContext;
  row: MinutesRow;
  live: MinutesContent;
  reports: readonly ReceivedReport[];
  document: ExportDocument;
  childId: string;
  recipient: RecipientRef;
}

/** What one person's copy is made from. */
function copyFor({ context, row, live, reports, document, childId, recipient }: CopyInput): CopyDocument {
  if (document === 'meeting-pack') {
    return {
      kind: 'meeting-pack',
      input: {
        family: context.family,
        meeting: context.meeting,
        area: context.area,
        chair: { name: context.profile.name, role: context.profile.role },
        reports,
        recipient: { id: recipient.id, name: recipient.name },
      },
    };
  }
  const kind: MinutesExportKind = document;
  return { kind: 'minutes', request: { document: kind, row, live, family: context.family, recipient, ...(document === 'child-letter' ? { childId } : {}) } };
}

function useChildChoice(context: MinutesContext) {
  const children = context.family.children.map((c) => ({ id: c.id, name: knownAs(c) }));
  const [childId, setChildId] = useState(children[0]?.id ?? '');
  return { children, childId, setChildId };
}

function DocumentChoice({ idPrefix, document, onDocument, childChoice }: { idPrefix: string; document: ExportDocument; onDocument(d: ExportDocument): void; childChoice: ReturnType<typeof useChildChoice> }) {
  return (
    <>
      <RadioGroup<ExportDocument>
        id={`${idPrefix}-document`}
        legend="Which document?"
        value={document}
        options={DOCUMENTS.map((d) => ({
          value: d,
          label: MINUTES_DOCUMENT_KIND_LABELS[d],
          ...(d === 'child-letter' && childChoice.children.length > 1
            ? {
                conditional: (
                  <RadioGroup<string>
                    id={`${idPrefix}-child`}
                    legend="Which child is the letter for?"
                    value={childChoice.childId}
                    options={childChoice.children.map((c) => ({ value: c.id, label: <bdi>{c.name}</bdi> }))}
                    onChange={childChoice.setChildId}
                  />
                ),
              }
            : {}),
        }))}
        onChange={onDocument}
      />
    </>
  );
}

function CopiesForm({ context, row, live, reports }: { context: MinutesContext; row: MinutesRow; live: MinutesContent; reports: readonly ReceivedReport[] }) {
  const { minutes } = useRepositories();
  const [document, setDocument] = useState<ExportDocument>('minutes');
  const [format, setFormat] = useState<ExportFormat>('docx');
  const [chosen, setChosen] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [outcomes, setOutcomes] = useState<Array<{ key: string; outcome: CopyOutcome }>>([]);
  const childChoice = useChildChoice(context);
  const options = recipientOptions(context, document, isLocked(row));
  const picked = options.filter((o) => o.allowed && o.basis && chosen.includes(o.recipient.id));
  const errors = attempt > 0 && picked.length === 0 ? [{ fieldId: 'export-recipients', message: 'Choose who the copies are for' }] : [];

  const toggle = (id: string, on: boolean) => setChosen((c) => (on ? [...c, id] : c.filter((x) => x !== id)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAttempt((n) => n + 1);
    if (picked.length === 0 || busy) return;
    setBusy(true);
    setOutcomes([]);
    const by = actorName(context.profile);
    for (const option of picked) {
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
      setOutcomes((list) => [...list, { key: `${option.recipient.id}:${list.length}`, outcome }]);
    }
    setBusy(false);
  }

  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="export-heading">
      <h2 className="section-heading" id="export-heading">
        Copies for the family and for those they agreed to
      </h2>
      <ErrorSummary errors={errors} attempt={attempt} />
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
        <button type="submit" className="button" aria-disabled={busy || undefined}>
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

function SafeguardingCopy({ context, row, live, reports }: { context: MinutesContext; row: MinutesRow; live: MinutesContent; reports: readonly ReceivedReport[] }) {
  const { minutes } = useRepositories();
  const [document, setDocument] = useState<ExportDocument>('minutes');
  const [format, setFormat] = useState<ExportFormat>('docx');
  const [to, setTo] = useState('Children’s social care');
  const [reason, setReason] = useState('');
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<CopyOutcome | undefined>(undefined);
  const childChoice = useChildChoice(context);
  const basis = safeguardingBasis(reason);
  const errors =
    attempt === 0
      ? []
      : [
          ...(to.trim() === '' ? [{ fieldId: 'referral-to', message: 'Enter who the referral copy is going to' }] : []),
          ...(!basis.ok ? [{ fieldId: 'referral-reason', message: basis.message }] : []),
        ];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAttempt((n) => n + 1);
    if (!basis.ok || to.trim() === '' || busy) return;
    setBusy(true);
    const name = to.trim();
    const recipient: RecipientRef = { id: `agency:${searchKey(name) || 'referral'}`, kind: 'agency', name, role: '', agency: name };
    setOutcome(
      await saveCopy(
        {
          row,
          document,
          format,
          recipient,
          basis: basis.basis,
          fileStem: exportFileStem(context.family.familyName, document, row.version, live.meetingDate, name),
          copy: copyFor({ context, row, live, reports, document, childId: childChoice.childId, recipient }),
        },
        minutes,
        actorName(context.profile),
      ),
    );
    setBusy(false);
  }

  return (
    <form className="form minutes-safeguarding" noValidate onSubmit={submit} aria-labelledby="referral-copy-heading">
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
      <ErrorSummary errors={errors} attempt={attempt} />
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
        <button type="submit" className="button button--warning" aria-disabled={busy || undefined}>
          Make the referral copy
        </button>
      </div>
      <Outcome outcome={outcome} />
    </form>
  );
}

/** The minutes' distribution list: every copy of this version that was saved, with its basis. */
function Distribution({ row }: { row: MinutesRow }) {
  return (
    <section aria-labelledby="distribution-heading">
      <h2 className="section-heading" id="distribution-heading">
        Copies of version {row.version} already made
      </h2>
      {row.distribution.length === 0 ? (
        <p>No copies have been made yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">Every copy made of version {row.version}, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">For</th>
                <th scope="col">Document</th>
                <th scope="col">Format</th>
                <th scope="col">Why they could have it</th>
                <th scope="col">When</th>
              </tr>
            </thead>
            <tbody>
              {row.distribution.map((d) => (
                <tr key={d.id}>
                  <td>
                    <bdi>{d.recipient.name}</bdi>
                  </td>
                  <td>{MINUTES_DOCUMENT_KIND_LABELS[d.document]}</td>
                  <td>{d.format === 'docx' ? 'Word' : 'PDF'}</td>
                  <td className="preserve-lines">
                    {BASIS_WORDS[d.basis.kind]}
                    {d.basis.kind === 'safeguarding' ? `: ${d.basis.reason}` : ''}
                  </td>
                  <td>{instantWords(d.at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
