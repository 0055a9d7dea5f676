import { useState } from 'react';
import { useParams } from 'react-router';
import { consentSummaryLine } from '../../../shared/rules/consent';
import { todayInLondon } from '../../../shared/rules/dates';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useFamily } from '../../data/hooks/useFamilies';
import { useProfile } from '../../data/hooks/useSettings';
import { BackToFamily } from '../../components/BackLink';
import { FamilyNotFound } from '../../components/notices/NotFound';
import { FlashNotice } from '../../components/notices/FlashNotice';
import { AgencyConsentForm } from './AgencyConsentForm';
import { ConsentEditor } from './ConsentEditor';
import { ConsentHistory } from './ConsentHistory';
import { EarlyHelpStatus } from './EarlyHelpStatus';
import { useConsentLog, usePractitioners } from './useConsentData';
import type { RegisterFormProps } from './useRegisterForm';

/** The family's consent register: the summary line, where each consent stands, a form to add a decision, and the full history. */
export function ConsentPage() {
  const { familyId = '' } = useParams();
  const family = useFamily(familyId);
  const log = useConsentLog(familyId);
  const practitioners = usePractitioners();
  const profile = useProfile();
  const [recorded, setRecorded] = useState<{ message: string; count: number; by: string } | null>(null);

  if (family === null) return <FamilyNotFound />;
  if (family === undefined || log === undefined || practitioners === undefined || profile === undefined) return <Loading what="consent register" />;
  const today = todayInLondon();
  const count = recorded?.count ?? 0;
  // Both forms start afresh (new keys) once either has added to the register.
  const forms: RegisterFormProps = {
    family,
    log,
    practitioners,
    recordedBy: recorded?.by || profile.name,
    onRecorded: (message, by) => setRecorded((r) => ({ message, count: (r?.count ?? 0) + 1, by })),
  };
  return (
    <>
      <BackToFamily familyId={family.id} familyName={family.familyName} />
      <PageHeading title={`Consent register: ${family.familyName}`}>
        Consent register: <bdi>{family.familyName}</bdi>
      </PageHeading>
      <FlashNotice message={recorded?.message ?? null} takeFocus />
      <section className="consent-summary" aria-labelledby="consent-summary-heading">
        <h2 className="consent-summary__heading" id="consent-summary-heading">
          Who the family has agreed we can share information with
        </h2>
        <p className="consent-summary__line">
          {consentSummaryLine(log, today)}
        </p>
        <EarlyHelpStatus log={log} today={today} />
      </section>
      <ConsentEditor key={count} {...forms} />
      <AgencyConsentForm key={`agencies-${count}`} {...forms} />
      <ConsentHistory log={log} />
    </>
  );
}
