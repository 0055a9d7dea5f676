import { newId } from '../../../shared/domain/ids';
import { todayInLondon } from '../../../shared/rules/dates';
import { useRepositories } from '../../data/hooks/useRepositories';
import { useAreaWords } from '../../data/hooks/useSettings';
import { agenciesToAsk, agencyEventsFromDraft, agencyRowPath, isAgencyConsentDraft, newAgencyConsentDraft, type AgencyConsentDraft } from './agency-consent-draft';
import { AgencyRows } from './AgencyRows';
import { DecisionFields } from './DecisionFields';
import { RegisterForm } from './RegisterForm';
import { eventSentence } from './consent-words';
import { familyPeople } from './family-people';
import { useRegisterForm, type RegisterFormProps } from './useRegisterForm';

const ID = 'agencies-';

/** Where a shared field's error goes: the question about agencies lands on the first agency. */
const fieldId = (path: string) => `${ID}${path === 'answers' ? agencyRowPath(0) : path}`;

/**
 * Sharing with several agencies answered in one go: one yes / no / not asked per agency, then who
 * answered, when and how. Each answer is its own event in the register.
 */
export function AgencyConsentForm({ family, log, practitioners, recordedBy, onRecorded }: RegisterFormProps) {
  const { consent } = useRepositories();
  const { service } = useAreaWords();
  const people = familyPeople(family);
  const agencies = agenciesToAsk(log, practitioners.map((p) => p.agency));
  const form = useRegisterForm({
    draftKey: `agency-consent-form:${family.id}`,
    initial: () => newAgencyConsentDraft(recordedBy, todayInLondon()),
    isDraft: isAgencyConsentDraft,
    check: (d: AgencyConsentDraft) => agencyEventsFromDraft(d, { familyId: family.id, people, agencies, log, today: todayInLondon(), newId, recordedAt: new Date().toISOString() }),
    record: (checked, today) => consent.recordAll(checked, today),
    refused: 'These answers could not be added to the register. Check them and try again.',
    afterSave: (saved) => {
      const first = saved[0];
      const count = saved.length === 1 ? '1 decision' : `${saved.length} decisions`;
      onRecorded(`Added to the register: ${count}. ${saved.map((e) => eventSentence(e, service)).join(' ')}`, first?.recordedBy ?? recordedBy);
    },
  });
  const { value, errors } = form;
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
      <RegisterForm form={form} headingId="agency-consent-heading" fieldId={fieldId} submitLabel="Add these answers to the register" clearLabel="Clear the answers">
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
        <DecisionFields
          idPrefix={ID}
          draft={value}
          errors={errors}
          people={people}
          words={{
            who: 'Who answered?',
            how: anyYes ? 'How did they give consent?' : 'How did they tell you? (optional)',
            reviewBy: 'Date to check these consents again (optional)',
            noteHint: 'Kept with each decision',
            recordedByHint: 'Saved with each entry, so others know who recorded it',
          }}
          asksReview={anyYes}
          onChange={form.change}
        />
      </RegisterForm>
    </>
  );
}
