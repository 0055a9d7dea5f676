import type { RouteObject } from 'react-router';
import { AuditPage } from './AuditPage';

export const auditRoutes: RouteObject[] = [{ path: 'families/:familyId/audit', element: <AuditPage /> }];
