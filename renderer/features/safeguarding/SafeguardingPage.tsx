import { useState } from 'react';
import { useParams } from 'react-router';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useFamily } from '../../data/hooks/useFamilies';
import { useProfile } from '../../data/hooks/useSettings';
import { BackToFamily } from '../../components/BackLink';
import { FamilyNotFound } from '../../components/notices/NotFound';
import { FlashNotice } from '../../components/notices/FlashNotice';
import { ReferralForm } from './ReferralForm';
import { ReferralList } from './ReferralList';
import { useReferrals } from './useReferrals';

/**
 * Records a referral to children's social care. Nothing here reads the consent register:
 * safeguarding never waits for consent.
 */
export function SafeguardingPage() {
  const { familyId = '' } = useParams();
  const family = useFamily(familyId);
  const referrals = useReferrals(familyId);
  const profile = useProfile();
  const [recorded, setRecorded] = useState(0);

  if (family === null) return <FamilyNotFound />;
  if (family === undefined || referrals === undefined || profile === undefined) return <Loading what="safeguarding referrals" />;
  return (
    <>
      <BackToFamily familyId={family.id} familyName={family.familyName} />
      <PageHeading title={`Referral to children's social care: ${family.familyName}`}>
        Referral to children&apos;s social care: <bdi>{family.familyName}</bdi>
      </PageHeading>
      <FlashNotice message={recorded > 0 ? 'The referral has been recorded. It is listed below and noted in the audit trail.' : null} takeFocus />
      <div className="safeguarding-guidance">
        <p>
          <strong>If you think a child is suffering, or likely to suffer, significant harm, contact children&apos;s social care straight away.</strong> Phone
          them if it is urgent. If a child is in immediate danger, call 999.
        </p>
        <p>You do not need the family&apos;s consent to make a referral. Follow your organisation&apos;s safeguarding procedure, then record the referral here.</p>
      </div>

      <h2 className="section-heading" id="referral-form-heading">
        Record a referral
      </h2>
      <ReferralForm key={recorded} family={family} profile={profile} onRecorded={() => setRecorded((n) => n + 1)} />

      <h2 className="section-heading">Referrals already recorded</h2>
      <ReferralList family={family} referrals={referrals} />
    </>
  );
}
