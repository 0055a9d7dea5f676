import type { RouteObject } from 'react-router';
import { ROUTES } from '../../components/paths';
import { OwnerActionsPage } from './OwnerActionsPage';

export const ownerActionsRoutes: RouteObject[] = [{ path: ROUTES.ownerActions, element: <OwnerActionsPage /> }];
