import { consentHowValues, type ConsentEvent, type ConsentHow } from '../../../shared/domain/consent';
import type { Practitioner } from '../../../shared/domain/directory';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import { newId } from '../../../shared/domain/ids';
import { todayInLondon } from '../../../shared/rules/dates';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SaveStatus } from '../../components/SaveStatus';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { DateField } from '../../components/fields/DateField';
import { RadioGroup } from '../../components/fields/RadioGroup';
import { errorAt } from '../../components/form/field-values';
import { SaveRefused, useDraftForm } from '../../components/form/useDraftForm';
import { RestoredDraftNotice } from '../../components/notices/RestoredDraftNotice';
import { SaveProblem } from '../../components/notices/SaveProblem';
import { useRepositories } from '../../data/hooks/useRepositories';
import { useAreaWords } from '../../data/hooks/useSettings';
import { agenciesToAsk, agencyEventsFromDraft, agencyRowPath, isAgencyConsentDraft, newAgencyConsentDraft, type AgencyConsentDraft } from './agency-consent-draft';
import { AgencyRows } from './AgencyRows';
import { eventSentence } from './consent-words';
import { familyPeople } from './family-people';

interface Props {
  family: FamilyRecord;
  log: readonly ConsentEvent[];
  practitioners: readonly Practitioner[];
  recordedBy: string;
  onRecorded(message: string, recordedBy: string): void;
}

const ID = 'agencies-';

const HOW: Record<ConsentHow, { label: string; hint: string }> = {
  verbal: { label: 'Spoken', hint: 'In person or on the phone' },
  written: { label: 'In writing', hint: 'For example by email, text message or letter' },
  'signed-form': { label: 'Signed form', hint: 'The family signed a consent form' },
};

/** Where a shared field's error goes: the question about agencies lands on the first agency. */
const fieldId = (path: string) => `${ID}${path === 'answers' ? agencyRowPath(0) : path}`;

/**
 * Sharing with several agencies answered in one go: one yes / no / not asked per agency, then who
 * answered, when and how. Each answer is its own event in the register.
 */
export function AgencyConsentForm({ family, log, practitioners, recordedBy, onRecorded }: Props) {
  const { consent } = useRepositories();
  const { service } = useAreaWords();
  const people = familyPeople(family);
  const agencies = agenciesToAsk(log, practitioners.map((p) => p.agency));
  const form = useDraftForm({
    draftKey: `agency-consent-form:${family.id}`,
    initial: () => newAgencyConsentDraft(recordedBy, todayInLondon()),
    isDraft: isAgencyConsentDraft,
    check: (d: AgencyConsentDraft) => agencyEventsFromDraft(d, { familyId: family.id, people, agencies, log, today: todayInLondon(), newId, recordedAt: new Date().toISOString() }),
    save: async (checked) => {
      const saved = await consent.recordAll(checked, todayInLondon());
      if (!saved.ok) throw new SaveRefused(saved.errors[0]?.message ?? 'These answers could not be added to the register. Check them and try again.');
      return saved.value;
    },
    afterSave: (saved) => {
      const first = saved[0];
      const count = saved.length === 1 ? '1 decision' : `${saved.length} decisions`;
      onRecorded(`Added to the register: ${count}. ${saved.map((e) => eventSentence(e, service)).join(' ')}`, first?.recordedBy ?? recordedBy);
    },
    afterCancel: () => undefined,
  });
  const { draft, value, errors, saveError } = form;
  if (agencies.length === 0) return null;
  if (!value) return <p>Loading…</p>;
  const today = todayInLondon();
  const anyYes = Object.values(value.answers).includes('yes');

  return (
    <>
      <h2 className="section-heading" id="agency-consent-heading">
        Answer for several agencies at once
      </h2>
      <p>
        Consent to share with an agency covers everyone who works there. A decision about a named practitioner, recorded above, counts before the one about their
        agency.
      </p>
      <form className="form" noValidate onSubmit={form.submit} aria-labelledby="agency-consent-heading">
        <ErrorSummary errors={errors.map((e) => ({ fieldId: fieldId(e.path), message: e.message }))} attempt={form.attempt} />
        <SaveProblem message={saveError} />
        <RestoredDraftNotice restoredAt={draft.restoredAt} what="added to the register" onDiscard={() => void draft.discard()} />
        <fieldset className="fieldset">
          <legend className="fieldset__legend">May we share information about the family with each agency?</legend>
          <AgencyRows
            idPrefix={ID}
            agencies={agencies}
            draft={value}
            errors={errors}
            log={log}
            practitioners={practitioners}
            today={today}
            onAnswer={(agency, answer) => form.change({ answers: { ...value.answers, [agency]: answer } })}
          />
        </fieldset>
        <RadioGroup
          id={`${ID}byId`}
          legend="Who answered?"
          hint="A parent or carer, or the child or young person themselves"
          error={errorAt(errors, 'byId')}
          value={value.byId}
          options={people.map((p) => ({ value: p.personId, label: <bdi>{p.name}</bdi>, hint: p.hint }))}
          onChange={(byId) => form.change({ byId })}
        />
        <DateField
          id={`${ID}on`}
          label="Date"
          about="The day they told you, not the day you are typing it."
          value={value.on}
          error={errorAt(errors, 'on')}
          onValueChange={(on) => form.change({ on })}
        />
        <RadioGroup
          id={`${ID}how`}
          legend={anyYes ? 'How did they give consent?' : 'How did they tell you? (optional)'}
          error={errorAt(errors, 'how')}
          value={value.how}
          options={consentHowValues.map((v) => ({ value: v, ...HOW[v] }))}
          onChange={(how) => form.change({ how })}
        />
        {anyYes && (
          <TextField
            id={`${ID}reviewBy`}
            label="Date to check these consents again (optional)"
            hint="Day/month/year, for example at the next review meeting or in 6 months"
            autoComplete="off"
            width="short"
            value={value.reviewBy}
            error={errorAt(errors, 'reviewBy')}
            onValueChange={(reviewBy) => form.change({ reviewBy })}
          />
        )}
        <TextAreaField
          id={`${ID}note`}
          label="Anything else to record (optional)"
          hint="Kept with each decision"
          rows={3}
          value={value.note}
          error={errorAt(errors, 'note')}
          onValueChange={(note) => form.change({ note })}
        />
        <TextField
          id={`${ID}recordedBy`}
          label="Your name"
          hint="Saved with each entry, so others know who recorded it"
          autoComplete="off"
          width="medium"
          value={value.recordedBy}
          error={errorAt(errors, 'recordedBy')}
          onValueChange={(recordedBy) => form.change({ recordedBy })}
        />
        <div className="form__actions">
          <SaveStatus state={draft.saveState} savedLabel="Draft kept" />
          <button type="submit" className="button" disabled={form.saving}>
            Add these answers to the register
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              form.reset();
              void draft.discard();
            }}
          >
            Clear the answers
          </button>
        </div>
      </form>
    </>
  );
}
