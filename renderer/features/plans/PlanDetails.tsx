import type { AreaSettings } from '../../../shared/domain/area-settings';
import { planStatusLabels, planStatusMeanings, type Plan } from '../../../shared/domain/plan';
import { describeReviewFrequency } from '../../../shared/domain/review-frequency';
import { formatLongDate, type IsoDate } from '../../../shared/rules/dates';
import { currentStatus } from '../../../shared/rules/plan-status';
import { useAreaWords } from '../../data/hooks/useSettings';
import { isReviewOverdue, leadText, levelText, nextReviewText } from './plan-words';
import { SummaryRow } from './SummaryRow';

/** The plan's details as a list a family could read over the lead professional's shoulder. */
export function PlanDetails({ plan, settings, today }: { plan: Plan; settings: AreaSettings; today: IsoDate }) {
  const words = useAreaWords();
  const status = currentStatus(plan);
  const review = nextReviewText(plan, today);
  return (
    <dl className="summary plan-details">
      <SummaryRow label="Status">
        <strong>{planStatusLabels[status.status]}</strong> since {formatLongDate(status.on)}. {planStatusMeanings[status.status]}
      </SummaryRow>
      <SummaryRow label="Level of need">{levelText(settings, plan.levelOfNeed)}</SummaryRow>
      <SummaryRow label={words.leadCapitalised}>
        <bdi>{leadText(plan)}</bdi>
      </SummaryRow>
      <SummaryRow label="Started">{formatLongDate(plan.startDate)}</SummaryRow>
      <SummaryRow label={`Why the family is getting ${words.service}`}>
        <span className="preserve-lines">{plan.reason}</span>
      </SummaryRow>
      <SummaryRow label="Reviews">{describeReviewFrequency(plan.reviewFrequency).replace(/^every/, 'Every')}</SummaryRow>
      <SummaryRow label="Next review due">
        {review === null ? 'No review is due: the plan is not active.' : isReviewOverdue(plan, today) ? <strong>{review}</strong> : review}
      </SummaryRow>
    </dl>
  );
}
