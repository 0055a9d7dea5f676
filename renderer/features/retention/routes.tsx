import type { RouteObject } from 'react-router';
import { ROUTES } from '../../components/paths';
import { DisposeConfirmPage } from './DisposeConfirmPage';
import { DisposeFirstPage } from './DisposeFirstPage';
import { RetentionReviewPage } from './RetentionReviewPage';

export const retentionRoutes: RouteObject[] = [
  { path: ROUTES.retention, element: <RetentionReviewPage /> },
  { path: ROUTES.dispose, element: <DisposeFirstPage /> },
  { path: ROUTES.confirmDispose, element: <DisposeConfirmPage /> },
];
