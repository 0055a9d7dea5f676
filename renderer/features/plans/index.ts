/** What other features may use from the plans feature (the form parts move to components/ with the kit: issue 14). */
export { RestoredDraftNotice, SaveProblem } from './form-parts/FormNotices';
export { splitPlans } from './current-plan';
export { PlanSummary } from './PlanSummary';
