import { useEffect, useRef, useState } from 'react';
import { newId } from '../../../shared/domain/ids';
import { todayInLondon } from '../../../shared/rules/dates';
import { useRepositories } from '../../data/hooks/useRepositories';
import { useAreaWords } from '../../data/hooks/useSettings';
import { agencySuggestions } from './agencies';
import { consentEventFromDraft, isConsentDraft, newConsentDraft, withdrawalDraft, type ConsentDraft } from './consent-draft';
import { currentConsents, eventSentence, scopeWords, type CurrentConsent } from './consent-words';
import { ConsentFields } from './ConsentFields';
import { RegisterForm } from './RegisterForm';
import { ConsentNow } from './ConsentNow';
import { familyPeople } from './family-people';
import { InlinePractitionerForm } from '../directory';
import { focusById } from '../../components/focus';
import { useRegisterForm, type RegisterFormProps } from './useRegisterForm';

/** Where consent stands now, and the form that adds a decision to the register. */
export function ConsentEditor({ family, log, practitioners, recordedBy, onRecorded }: RegisterFormProps) {
  const { consent } = useRepositories();
  const { service } = useAreaWords();
  const [eventId] = useState(newId);
  const [prefilled, setPrefilled] = useState<string | null>(null);
  const [addingPractitioner, setAddingPractitioner] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusForm = useRef(false);
  useEffect(() => {
    if (focusForm.current) {
      focusForm.current = false;
      headingRef.current?.focus();
      headingRef.current?.scrollIntoView({ block: 'start' });
    }
  });
  const people = familyPeople(family);
  const form = useRegisterForm({
    draftKey: `consent-form:${family.id}`,
    initial: () => newConsentDraft(recordedBy, todayInLondon()),
    isDraft: isConsentDraft,
    check: (d: ConsentDraft) => consentEventFromDraft(d, { familyId: family.id, people, log, today: todayInLondon(), id: eventId, recordedAt: new Date().toISOString() }),
    // Another window may have added an event meanwhile; the live log also shows the reason at its field.
    record: (checked, today) => consent.record(checked, today),
    refused: 'This could not be added to the register. Check the details and try again.',
    afterSave: (saved) => onRecorded(`Added to the register: ${eventSentence(saved, service)}`, saved.recordedBy),
  });
  const { draft, value, errors } = form;
  if (!value) return <p>Loading…</p>;
  const today = todayInLondon();
  const update = form.change;
  const agencies = agencySuggestions(log, practitioners.map((p) => p.agency));

  function withdraw(item: CurrentConsent) {
    draft.update((d) => withdrawalDraft(item, people, d.recordedBy, todayInLondon()));
    form.reset();
    setPrefilled(scopeWords(item.scope, service));
    focusForm.current = true;
  }

  return (
    <>
      <h2 className="section-heading">Where consent stands today</h2>
      <ConsentNow items={currentConsents(log, today)} onWithdraw={withdraw} />

      <h2 className="section-heading" id="consent-form-heading" tabIndex={-1} ref={headingRef}>
        Record a decision
      </h2>
      <RegisterForm
        form={form}
        headingId="consent-form-heading"
        fieldId={(path) => `consent-${path}`}
        submitLabel="Add to the register"
        clearLabel="Clear the form"
        onClear={() => setPrefilled(null)}
      >
        {prefilled && value.kind === 'withdrawn' && (
          <div className="notice" role="status">
            The form is filled in to record that the family withdrew consent to {prefilled}. Check who withdrew it, the date and how they told you, then
            record it.
          </div>
        )}
        <ConsentFields
          draft={value}
          errors={errors}
          people={people}
          agencies={agencies}
          practitioners={practitioners}
          onChange={update}
          onAddPractitioner={() => {
            setAddingPractitioner(true);
            window.setTimeout(() => focusById('consent-new-practitioner-heading'), 0);
          }}
        />
      </RegisterForm>
      {/* Outside the consent form: a form may not hold another. */}
      {addingPractitioner && (
        <section aria-labelledby="consent-new-practitioner-heading" className="inline-form">
          <h3 id="consent-new-practitioner-heading" tabIndex={-1}>
            Someone who is not in the directory
          </h3>
          <p className="hint-text">They are added to the directory too, and chosen as the practitioner this decision is about.</p>
          <InlinePractitionerForm
            place={`consent:${family.id}`}
            submitLabel="Add to the directory and choose them"
            onAdded={(p) => {
              update({ scopeType: 'practitioner', practitionerId: p.id, practitionerName: p.name, practitionerAgency: p.agency });
              setAddingPractitioner(false);
              window.setTimeout(() => focusById('consent-practitionerId'), 0);
            }}
            onCancel={() => {
              setAddingPractitioner(false);
              window.setTimeout(() => focusById('consent-add-practitioner'), 0);
            }}
          />
        </section>
      )}
    </>
  );
}
