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

/**
 * The plan form's page. Starting, it starts a plan when the family has none or the last one has
 * closed; `editing`, it changes the details of the family's current plan (its status history is
 * not changed here). Otherwise it says why the form cannot be used.
 */
function PlanFormPage({ editing }: { editing: boolean }) {
  return (
    <WithPlans>
      {({ family, plans, settings, profile }) => {
        const what = editing ? 'Change the plan' : 'Start a plan';
        const current = splitPlans(plans).current;
        const open = current && currentStatus(current).status !== 'closed' ? current : undefined;
        if (editing && !current) return <Navigate to={paths.newPlan(family.id)} replace />;
        if (editing && !open) return <NoForm family={family} what={what} why="This plan is closed, so its details are kept as they were." />;
        if (!editing && open) return <NoForm family={family} what={what} why="This family already has a plan that has not closed." />;
        return (
          <>
            <Heading family={family} what={what} />
            {!editing && <p className="lead">A plan is one episode of support for the family, from the day they agree to it until it ends.</p>}
            <PlanForm key={open?.id} familyId={family.id} plan={open} settings={settings} profile={profile} />
          </>
        );
      }}
    </WithPlans>
  );
}

export const StartPlanPage = () => <PlanFormPage editing={false} />;
export const EditPlanPage = () => <PlanFormPage editing />;
