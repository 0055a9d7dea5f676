import type { RouteObject } from 'react-router';
import { DisposeConfirmPage } from './DisposeConfirmPage';
import { DisposeFirstPage } from './DisposeFirstPage';
import { RetentionReviewPage } from './RetentionReviewPage';

export const retentionRoutes: RouteObject[] = [
  { path: 'retention', element: <RetentionReviewPage /> },
  { path: 'retention/:familyId', element: <DisposeFirstPage /> },
  { path: 'retention/:familyId/confirm', element: <DisposeConfirmPage /> },
];
