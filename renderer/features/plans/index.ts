/** What other features may use from the plans feature. */
export { splitPlans } from './current-plan';
export { PlanSummary } from './PlanSummary';
