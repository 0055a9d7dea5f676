import type { RouteObject } from 'react-router';
import { ROUTES } from '../../components/paths';
import { AppAuditPage } from './AppAuditPage';
import { AuditPage } from './AuditPage';

export const auditRoutes: RouteObject[] = [
  { path: ROUTES.familyAudit, element: <AuditPage /> },
  { path: ROUTES.appAudit, element: <AppAuditPage /> },
];
