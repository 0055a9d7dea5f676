/** What other features may use from the home feature. */
export { DriftSettingsSection } from './DriftSettingsSection';
