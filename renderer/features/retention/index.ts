/** What other features use from retention: the settings section and the routes. */
export { RetentionSettingsSection } from './RetentionSettingsSection';
export { retentionRoutes } from './routes';
export { removedWords } from './disposal-words';
