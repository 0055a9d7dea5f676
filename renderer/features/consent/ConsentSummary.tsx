import { Link } from 'react-router';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import { consentSummaryLine } from '../../../shared/rules/consent';
import { todayInLondon } from '../../../shared/rules/dates';
import { useConsentLog } from './useConsentData';
import { paths } from '../../components/paths';

/** The family's consent in one plain line, for the family page, with the way to the register. */
export function ConsentSummary({ family }: { family: Pick<FamilyRecord, 'id'> }) {
  const log = useConsentLog(family.id);
  return (
    <section className="panel" aria-labelledby="consent-panel-heading">
      <h2 className="panel__heading" id="consent-panel-heading">
        Consent
      </h2>
      <p className="consent-summary__line consent-summary__line--compact">
        {log === undefined ? 'Loading consent…' : consentSummaryLine(log, todayInLondon(), { includeEarlyHelp: true })}
      </p>
      <p>
        <Link to={paths.consent(family.id)}>Consent register</Link>
      </p>
    </section>
  );
}
