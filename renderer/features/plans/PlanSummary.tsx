import { Link } from 'react-router';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import { planStatusLabels } from '../../../shared/domain/plan';
import { formatLongDate, todayInLondon } from '../../../shared/rules/dates';
import { currentStatus } from '../../../shared/rules/plan-status';
import { useAreaSettings, useAreaWords } from '../../data/hooks/useSettings';
import { isReviewOverdue, leadText, levelText, nextReviewText } from './plan-words';
import { SummaryRow } from './SummaryRow';
import { splitPlans } from './current-plan';
import { usePlans } from './usePlanData';
import { paths } from '../../components/paths';

/** The family's current plan in a few lines, for the family page, with the way to the plan. */
export function PlanSummary({ family }: { family: Pick<FamilyRecord, 'id'> }) {
  const plans = usePlans(family.id);
  const settings = useAreaSettings();
  const words = useAreaWords();
  const plan = plans ? splitPlans(plans).current : undefined;
  const today = todayInLondon();
  return (
    <section className="panel" aria-labelledby="plan-summary-heading">
      <h2 className="panel__heading" id="plan-summary-heading">
        Plan
      </h2>
      {plans === undefined ? (
        <p>Loading the plan…</p>
      ) : !plan ? (
        <>
          <p>There is no plan for this family yet.</p>
          <p>
            <Link to={paths.newPlan(family.id)}>Start a plan</Link>
          </p>
        </>
      ) : (
        <>
          <dl className="summary">
            <SummaryRow label="Status">
              {planStatusLabels[currentStatus(plan).status]} since {formatLongDate(currentStatus(plan).on)}
            </SummaryRow>
            <SummaryRow label="Level of need">{levelText(settings, plan.levelOfNeed)}</SummaryRow>
            <SummaryRow label={words.leadCapitalised}>
              <bdi>{leadText(plan)}</bdi>
            </SummaryRow>
            <SummaryRow label="Next review due">
              {isReviewOverdue(plan, today) ? <strong>{nextReviewText(plan, today)}</strong> : (nextReviewText(plan, today) ?? 'None: the plan is not active')}
            </SummaryRow>
          </dl>
          <p>
            <Link to={paths.plan(family.id)}>See the plan and its history</Link>
          </p>
        </>
      )}
    </section>
  );
}
