import { Link, Navigate, useParams } from 'react-router';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import { currentStatus } from '../../../shared/rules/plan-status';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { BackToFamily } from '../../components/BackLink';
import { FamilyNotFound } from '../../components/notices/NotFound';
import { splitPlans } from './current-plan';
import { PlanForm } from './PlanForm';
import { usePlanPage } from './usePlanPage';
import { paths } from '../../components/paths';

function Heading({ family, what }: { family: FamilyRecord; what: string }) {
  return (
    <>
      <BackToFamily familyId={family.id} familyName={family.familyName} />
      <PageHeading title={`${what}: ${family.familyName}`}>
        {what}: <bdi>{family.familyName}</bdi>
      </PageHeading>
    </>
  );
}

/** Starts a plan when the family has none, or when the last one has closed. */
export function StartPlanPage() {
  const { familyId = '' } = useParams();
  const data = usePlanPage(familyId);
  if (data.state === 'loading') return <Loading what="plan" />;
  if (data.state === 'missing') return <FamilyNotFound />;
  const { family, plans, settings, profile } = data;
  const latest = splitPlans(plans).current;
  if (latest && currentStatus(latest).status !== 'closed') {
    return (
      <>
        <Heading family={family} what="Start a plan" />
        <p>
          This family already has a plan that has not closed. <Link to={paths.plan(family.id)}>Go to the plan</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <Heading family={family} what="Start a plan" />
      <p className="lead">A plan is one episode of support for the family, from the day they agree to it until it ends.</p>
      <PlanForm familyId={family.id} settings={settings} profile={profile} />
    </>
  );
}

/** Changes the details of the family's current plan. Its status history is not changed here. */
export function EditPlanPage() {
  const { familyId = '' } = useParams();
  const data = usePlanPage(familyId);
  if (data.state === 'loading') return <Loading what="plan" />;
  if (data.state === 'missing') return <FamilyNotFound />;
  const { family, plans, settings, profile } = data;
  const plan = splitPlans(plans).current;
  if (!plan) return <Navigate to={paths.newPlan(family.id)} replace />;
  if (currentStatus(plan).status === 'closed') {
    return (
      <>
        <Heading family={family} what="Change the plan" />
        <p>
          This plan is closed, so its details are kept as they were. <Link to={paths.plan(family.id)}>Go to the plan</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <Heading family={family} what="Change the plan" />
      <PlanForm key={plan.id} familyId={family.id} plan={plan} settings={settings} profile={profile} />
    </>
  );
}
