import type { RouteObject } from 'react-router';
import { SafeguardingPage } from './SafeguardingPage';

export const safeguardingRoutes: RouteObject[] = [{ path: 'families/:familyId/safeguarding', element: <SafeguardingPage /> }];
