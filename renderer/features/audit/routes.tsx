import type { RouteObject } from 'react-router';
import { AppAuditPage } from './AppAuditPage';
import { AuditPage } from './AuditPage';

export const auditRoutes: RouteObject[] = [
  { path: 'families/:familyId/audit', element: <AuditPage /> },
  { path: 'settings/record', element: <AppAuditPage /> },
];
