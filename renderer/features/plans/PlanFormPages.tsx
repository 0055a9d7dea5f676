import type { ReactNode } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import { currentStatus } from '../../../shared/rules/plan-status';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { BackToFamily } from '../../components/BackLink';
import { FamilyNotFound } from '../../components/notices/NotFound';
import { splitPlans } from './current-plan';
import { PlanForm } from './PlanForm';
import { usePlanPage, type PlanPageData } from './usePlanPage';
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

/** The family's plans once read; while they load, and for a family that is not there, says so. */
function WithPlans({ children }: { children(data: Extract<PlanPageData, { state: 'ready' }>): ReactNode }) {
  const { familyId = '' } = useParams();
  const data = usePlanPage(familyId);
  if (data.state === 'loading') return <Loading what="plan" />;
  if (data.state === 'missing') return <FamilyNotFound />;
  return children(data);
}

/** The page, with `why` the form cannot be used and the way to the plan. */
function NoForm({ family, what, why }: { family: FamilyRecord; what: string; why: string }) {
  return (
    <>
      <Heading family={family} what={what} />
      <p>
        {why} <Link to={paths.plan(family.id)}>Go to the plan</Link>
      </p>
    </>
  );
}

/** Starts a plan when the family has none, or when the last one has closed. */
export function StartPlanPage() {
  return (
    <WithPlans>
      {({ family, plans, settings, profile }) => {
        const what = 'Start a plan';
        const latest = splitPlans(plans).current;
        if (latest && currentStatus(latest).status !== 'closed') return <NoForm family={family} what={what} why="This family already has a plan that has not closed." />;
        return (
          <>
            <Heading family={family} what={what} />
            <p className="lead">A plan is one episode of support for the family, from the day they agree to it until it ends.</p>
            <PlanForm familyId={family.id} settings={settings} profile={profile} />
          </>
        );
      }}
    </WithPlans>
  );
}

/** Changes the details of the family's current plan. Its status history is not changed here. */
export function EditPlanPage() {
  return (
    <WithPlans>
      {({ family, plans, settings, profile }) => {
        const what = 'Change the plan';
        const plan = splitPlans(plans).current;
        if (!plan) return <Navigate to={paths.newPlan(family.id)} replace />;
        if (currentStatus(plan).status === 'closed') return <NoForm family={family} what={what} why="This plan is closed, so its details are kept as they were." />;
        return (
          <>
            <Heading family={family} what={what} />
            <PlanForm key={plan.id} familyId={family.id} plan={plan} settings={settings} profile={profile} />
          </>
        );
      }}
    </WithPlans>
  );
}
