/** What other features may use from the lock feature. */
export { ChangePassphraseSection } from './ChangePassphraseSection';
export { LockSettingsSection } from './LockSettingsSection';
export { ConfirmPassphraseForm } from './ConfirmPassphraseForm';
export { KeyRotationSection } from './KeyRotationSection';
