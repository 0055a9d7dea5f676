/** What other features may use from the lock feature. */
export { ChangePassphraseSection } from './ChangePassphraseSection';
export { LockSettingsSection } from './LockSettingsSection';
export { KeyRotationSection } from './KeyRotationSection';
