import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate } from 'react-router';
import type { TermDatesFile } from '../../../shared/rules/calendar-data';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { SaveStatus } from '../../components/SaveStatus';
import { TextField } from '../../components/TextField';
import { SaveRefused, useDraftForm } from '../../components/form/useDraftForm';
import { useFormSubmit } from '../../components/form/useFormSubmit';
import { useRepositories } from '../../data/hooks/useRepositories';
import { RestoredDraftNotice } from '../../components/notices/RestoredDraftNotice';
import { SaveProblem } from '../../components/notices/SaveProblem';
import { draftFromFile, emptyTermRow, fileFromDraft, isTermsDraft, type TermRow, type TermsDraft } from './term-draft';
import { errorAt } from './week-draft';
import { focusById } from '../../components/focus';
import { paths } from '../../components/paths';
import { BankHolidaysEditor } from './BankHolidaysEditor';
import { BackToSettings } from '../../components/BackLink';
import { Section } from '../../components/Section';

/** Route `settings/calendar`: the area's school term dates and bank holidays, both editable. */
export function CalendarSettingsPage() {
  const { calendar } = useRepositories();
  const stored = useLiveQuery(async () => {
    const [terms, bankHolidays, holidaysShipped] = await Promise.all([calendar.termDates(), calendar.bankHolidays(), calendar.bankHolidaysShipped()]);
    return { terms, bankHolidays, holidaysShipped };
  }, [calendar]);
  return (
    <>
      <BackToSettings />
      <PageHeading title="Area calendar" />
      <p>Meeting times avoid bank holidays, and school runs and the school day only count in term time. Each area sets its own term dates: check these are yours.</p>
      {stored === undefined ? (
        <Loading what="the area calendar" />
      ) : (
        <>
          <TermDatesForm file={stored.terms.file} shipped={stored.terms.shipped} />
          <BankHolidaysEditor file={stored.bankHolidays} shipped={stored.holidaysShipped} />
        </>
      )}
    </>
  );
}

const termField = (path: string) => `term-${path.replace(/^terms\./, '').replace(/\./g, '-')}`;

function TermDatesForm({ file, shipped }: { file: TermDatesFile; shipped: boolean }) {
  const navigate = useNavigate();
  const { calendar } = useRepositories();
  const form = useDraftForm({
    draftKey: 'area-calendar:terms',
    initial: (): TermsDraft => draftFromFile(file),
    isDraft: isTermsDraft,
    check: (d) => fileFromDraft(d, file),
    save: async (checked) => {
      const saved = await calendar.saveTermDates(checked);
      if (!saved.ok) throw new SaveRefused(saved.message);
    },
    afterSave: () => void navigate(paths.settings(), { state: { flash: 'The term dates have been saved.' } }),
    afterCancel: () => undefined,
  });
  const { draft, value, errors } = form;
  // Going back to the dates that came with the app saves nothing typed, so nothing is checked.
  const reset = useFormSubmit({
    check: () => ({ ok: true, value: null }),
    save: () => calendar.resetTermDates(),
    afterSave: async () => {
      await draft.finish();
      void navigate(paths.settings(), { state: { flash: 'The term dates are back to the ones that came with the app.' } });
    },
  });
  const saving = form.saving || reset.saving;

  const setRows = (terms: TermRow[]) => draft.update(() => ({ terms }));
  return (
    <Section headingId="terms-heading" title="School term dates">
      {shipped && file.example === true && (
        <div className="notice">
          <p>These are example dates that came with the app. Replace them with your area&apos;s or school&apos;s own term dates.</p>
        </div>
      )}
      {!value ? (
        <Loading what="term dates" />
      ) : (
        <form className="form" noValidate onSubmit={(event) => void form.submit(event)}>
          <ErrorSummary errors={errors.map((e) => ({ fieldId: e.path === 'terms' ? 'term-add' : termField(e.path), message: e.message }))} attempt={form.attempt} />
          <SaveProblem message={reset.saveError ?? form.saveError} />
          <RestoredDraftNotice restoredAt={draft.restoredAt} what="saved to the term dates" onDiscard={() => void draft.discard()} />
          {value.terms.map((row, i) => {
            const set = (change: Partial<TermRow>) => setRows(value.terms.map((r, j) => (j === i ? { ...r, ...change } : r)));
            const field = (name: keyof TermRow, label: string, hint?: string) => (
              <TextField
                id={`term-${i}-${name}`}
                label={label}
                {...(hint ? { hint } : {})}
                width={name === 'name' ? 'full' : 'medium'}
                autoComplete="off"
                value={row[name]}
                error={errorAt(errors, `terms.${i}.${name}`)}
                onValueChange={(v) => set({ [name]: v })}
              />
            );
            return (
              <fieldset key={row.key} className="fieldset timetable-row">
                <legend className="fieldset__legend">Term {i + 1}</legend>
                {field('name', 'Name of the term', 'For example: Autumn term')}
                <div className="inline-fields">
                  {field('start', 'First day', 'Day/month/year, for example 01/09/2026')}
                  {field('end', 'Last day', 'Day/month/year')}
                </div>
                <div className="inline-fields">
                  {field('halfTermStart', 'Half-term starts (optional)', 'Day/month/year')}
                  {field('halfTermEnd', 'Half-term ends (optional)', 'Day/month/year')}
                </div>
                <button type="button" className="button button--secondary button--small" onClick={() => setRows(value.terms.filter((_, j) => j !== i))}>
                  Remove term {i + 1}
                </button>
              </fieldset>
            );
          })}
          <p>
            <button
              type="button"
              id="term-add"
              className="button button--secondary"
              onClick={() => {
                setRows([...value.terms, emptyTermRow()]);
                window.setTimeout(() => focusById(`term-${value.terms.length}-name`), 0);
              }}
            >
              Add a term
            </button>
          </p>
          <div className="form__actions">
            <SaveStatus state={draft.saveState} savedLabel="Draft kept" />
            <button type="submit" className="button" disabled={saving}>
              Save the term dates
            </button>
            <button type="button" className="button button--secondary" disabled={saving} onClick={() => void reset.submit()}>
              Go back to the term dates that came with the app
            </button>
          </div>
        </form>
      )}
    </Section>
  );
}
