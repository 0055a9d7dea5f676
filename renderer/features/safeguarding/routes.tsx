import type { RouteObject } from 'react-router';
import { ROUTES } from '../../components/paths';
import { SafeguardingPage } from './SafeguardingPage';

export const safeguardingRoutes: RouteObject[] = [{ path: ROUTES.safeguarding, element: <SafeguardingPage /> }];
