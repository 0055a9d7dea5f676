/** Plain sentences about a plan, for the plan page and the family page. Pure. */
import { levelOfNeedLabel, type AreaSettings } from '../../../shared/domain/area-settings';
import type { Plan } from '../../../shared/domain/plan';
import { formatLongDate, type IsoDate } from '../../../shared/rules/dates';
import { reviewState } from '../../../shared/rules/plan-review';

function days(n: number): string {
  return n === 1 ? '1 day' : `${n} days`;
}

/**
 * "21 April 2026 (in 12 days)", "Today, 21 April 2026", "21 April 2026 (3 days ago: overdue)",
 * or null when the plan is no longer active. Review meetings are not recorded yet, so reviews
 * are counted from the start date or the date the team agreed.
 */
export function nextReviewText(plan: Plan, today: IsoDate): string | null {
  const state = reviewState(plan, null, today);
  if (state.state === 'none') return null;
  if (state.state === 'overdue') return `${formatLongDate(state.since)} (${days(state.byDays)} ago: overdue)`;
  if (state.inDays === 0) return `Today, ${formatLongDate(state.on)}`;
  return `${formatLongDate(state.on)} (in ${days(state.inDays)})`;
}

export function isReviewOverdue(plan: Plan, today: IsoDate): boolean {
  return reviewState(plan, null, today).state === 'overdue';
}

/** The level's name, or its code when the area's scale no longer has it. */
export function levelText(settings: Pick<AreaSettings, 'levelsOfNeed'>, key: string): string {
  return levelOfNeedLabel(settings, key) ?? `Level ${key} (no longer on your area's scale)`;
}

/** "Sam Patel, Designated safeguarding lead, Oak Lane Primary" */
export function leadText(plan: Plan): string {
  const { name, role, agency } = plan.leadProfessional;
  return [name, role, agency].filter((s) => s !== '').join(', ');
}
