/** What other features may use from the consent feature. */
export { ConsentSummary } from './ConsentSummary';
