import { Navigate, type RouteObject } from 'react-router';
import { paths, ROUTES } from '../../components/paths';
import { HomePage } from './HomePage';

/** Home is the first screen after unlocking: the app's root goes there. */
export const homeRoutes: RouteObject[] = [
  { index: true, element: <Navigate to={paths.home()} replace /> },
  { path: ROUTES.home, element: <HomePage /> },
];
