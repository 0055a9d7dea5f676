import { Link } from 'react-router';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import { paths } from '../../components/paths';

/**
 * The way to a safeguarding referral, for the top of every family page. Deliberately calm (the
 * app's accent, not alarm red) and deliberately silent about earlier referrals, which a family
 * looking at the screen may not have been told about.
 */
export function SafeguardingRoute({ family }: { family: Pick<FamilyRecord, 'id'> }) {
  return (
    <section className="safeguarding-route" aria-labelledby="safeguarding-route-heading">
      <h2 className="safeguarding-route__heading" id="safeguarding-route-heading">
        Worried a child is at risk of significant harm?
      </h2>
      <p className="safeguarding-route__text">Refer to children&apos;s social care straight away. You do not need the family&apos;s consent.</p>
      <p className="safeguarding-route__action">
        <Link to={paths.safeguarding(family.id)}>Record a referral to children&apos;s social care</Link>
      </p>
    </section>
  );
}
