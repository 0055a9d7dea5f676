/** Which of a family's plans is the one in hand. Pure. */
import type { Plan } from '../../../shared/domain/plan';
import { currentStatus } from '../../../shared/rules/plan-status';

/**
 * The plan that has not closed (a family has at most one), or else the newest; the rest, newest
 * first, are earlier plans. `plans` is newest first, as the repository gives them.
 */
export function splitPlans(plans: readonly Plan[]): { current: Plan | undefined; earlier: Plan[] } {
  const current = plans.find((p) => currentStatus(p).status !== 'closed') ?? plans[0];
  return { current, earlier: plans.filter((p) => p !== current) };
}
