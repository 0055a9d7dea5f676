/** What other features may use from the settings feature: the first-run "About you" step. */
export { AboutYouPage } from './AboutYouPage';
