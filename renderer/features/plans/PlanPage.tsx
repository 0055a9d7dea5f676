import { useState } from 'react';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import type { AreaSettings } from '../../../shared/domain/area-settings';
import type { Plan } from '../../../shared/domain/plan';
import { todayInLondon } from '../../../shared/rules/dates';
import { currentStatus } from '../../../shared/rules/plan-status';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import type { Profile } from '../../data/repositories/settings';
import { BackToFamily } from '../../components/BackLink';
import { FamilyNotFound } from '../../components/notices/NotFound';
import { FlashNotice, flashFrom } from '../../components/notices/FlashNotice';
import { DistanceTravelled } from './DistanceTravelled';
import { EarlierPlans } from './EarlierPlans';
import { PlanDetails } from './PlanDetails';
import { StatusChangeForm } from './StatusChangeForm';
import { StatusTimeline } from './StatusTimeline';
import { splitPlans } from './current-plan';
import { usePlanPage } from './usePlanPage';
import { paths } from '../../components/paths';

/** The family's current plan: its details, its status history, and a form to change its status. */
export function PlanPage() {
  const { familyId = '' } = useParams();
  const data = usePlanPage(familyId);
  if (data.state === 'loading') return <Loading what="plan" />;
  if (data.state === 'missing') return <FamilyNotFound />;
  const { current: plan, earlier } = splitPlans(data.plans);
  if (!plan) return <Navigate to={paths.newPlan(familyId)} replace />;
  return <CurrentPlan family={data.family} plan={plan} earlier={earlier} settings={data.settings} profile={data.profile} />;
}

interface Props {
  family: FamilyRecord;
  plan: Plan;
  earlier: Plan[];
  settings: AreaSettings;
  profile: Profile;
}

function CurrentPlan({ family, plan, earlier, settings, profile }: Props) {
  const location = useLocation();
  const [changed, setChanged] = useState<{ message: string; count: number; by: string } | null>(null);
  const closed = currentStatus(plan).status === 'closed';
  return (
    <>
      <BackToFamily familyId={family.id} familyName={family.familyName} />
      <PageHeading title={`Plan: ${family.familyName}`}>
        Plan: <bdi>{family.familyName}</bdi>
      </PageHeading>
      {changed ? <FlashNotice message={changed.message} takeFocus /> : <FlashNotice message={flashFrom(location.state)} />}
      <PlanDetails plan={plan} settings={settings} today={todayInLondon()} />
      {!closed && (
        <p>
          <Link className="button button--secondary" to={paths.editPlan(family.id)}>
            Change the plan details
          </Link>
        </p>
      )}

      <DistanceTravelled plan={plan} today={todayInLondon()} />

      <h2 className="section-heading" id="status-history-heading">
        Status history
      </h2>
      <p className="hint-text">Every change is kept with its date and reason. Entries cannot be changed or removed.</p>
      <StatusTimeline plan={plan} headingId="status-history-heading" />

      {closed ? (
        <>
          <h2 className="section-heading">This plan is closed</h2>
          <p>To support the family again, start a new plan. This plan and its history stay as they are.</p>
          <p>
            <Link className="button" to={paths.newPlan(family.id)}>
              Start a new plan
            </Link>
          </p>
        </>
      ) : (
        <>
          <h2 className="section-heading" id="status-change-heading">
            Change the status
          </h2>
          <StatusChangeForm
            key={changed?.count ?? 0}
            plan={plan}
            recordedBy={changed?.by || profile.name}
            onChanged={(message, by) => setChanged((c) => ({ message, count: (c?.count ?? 0) + 1, by }))}
          />
        </>
      )}
      <EarlierPlans plans={earlier} />
    </>
  );
}
