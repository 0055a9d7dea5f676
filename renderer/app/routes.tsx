import { Navigate, type RouteObject } from 'react-router';
import { AppShell } from './AppShell';
import { NotFoundPage } from './NotFoundPage';
import { familyRoutes } from '../features/families/routes';

/** Each feature contributes its own routes; deleting a feature means deleting its folder and one line here. */
export const routes: RouteObject[] = [
  {
    element: <AppShell />,
    children: [{ index: true, element: <Navigate to="/families" replace /> }, ...familyRoutes, { path: '*', element: <NotFoundPage /> }],
  },
];
