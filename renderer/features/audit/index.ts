/** What other features use from the audit screens: the family page's link and view logging, and the settings check. */
export { AuditLink, auditPath } from './AuditLink';
export { AuditCheckSection } from './AuditCheckSection';
export { useAuditView } from './useAuditView';
export { auditRoutes } from './routes';
