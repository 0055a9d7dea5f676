import { Navigate, type RouteObject } from 'react-router';
import { AppShell } from './AppShell';
import { NotFoundPage } from './NotFoundPage';
import { familyRoutes } from '../features/families/routes';
import { settingsRoutes } from '../features/settings/routes';
import { planRoutes } from '../features/plans/routes';
import { consentRoutes } from '../features/consent/routes';
import { safeguardingRoutes } from '../features/safeguarding/routes';
import { directoryRoutes } from '../features/directory/routes';

/** Each feature contributes its own routes; deleting a feature means deleting its folder and one line here. */
export const routes: RouteObject[] = [
  {
    element: <AppShell />,
    children: [
      { index: true, element: <Navigate to="/families" replace /> },
      ...familyRoutes,
      ...directoryRoutes,
      ...settingsRoutes,
      ...planRoutes,
      ...consentRoutes,
      ...safeguardingRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
