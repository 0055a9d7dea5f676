/** What other features may use from the directory feature. */
export { usePractitioners } from './useDirectory';
export { InlinePractitionerForm } from './InlinePractitionerForm';
