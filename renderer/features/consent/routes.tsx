import type { RouteObject } from 'react-router';
import { ConsentPage } from './ConsentPage';

export const consentRoutes: RouteObject[] = [{ path: 'families/:familyId/consent', element: <ConsentPage /> }];
