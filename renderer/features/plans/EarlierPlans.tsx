import type { Plan } from '../../../shared/domain/plan';
import { formatLongDate } from '../../../shared/rules/dates';
import { currentStatus } from '../../../shared/rules/plan-status';
import { planStatusLabels } from '../../../shared/domain/plan';
import { StatusTimeline } from './StatusTimeline';

/** Plans that came before the current one, each with its own history, folded away. */
export function EarlierPlans({ plans }: { plans: Plan[] }) {
  if (plans.length === 0) return null;
  return (
    <>
      <h2 className="section-heading">Earlier plans</h2>
      {plans.map((plan) => {
        const last = currentStatus(plan);
        const headingId = `earlier-plan-${plan.id}`;
        return (
          <details key={plan.id} className="disclosure">
            <summary className="disclosure__summary">
              <span id={headingId}>
                Plan started {formatLongDate(plan.startDate)}: {planStatusLabels[last.status].toLowerCase()} on {formatLongDate(last.on)}
              </span>
            </summary>
            <p className="preserve-lines">{plan.reason}</p>
            <StatusTimeline plan={plan} headingId={headingId} />
          </details>
        );
      })}
    </>
  );
}
