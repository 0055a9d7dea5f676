import type { RouteObject } from 'react-router';
import { ROUTES } from '../../components/paths';
import { ConsentPage } from './ConsentPage';

export const consentRoutes: RouteObject[] = [{ path: ROUTES.consent, element: <ConsentPage /> }];
