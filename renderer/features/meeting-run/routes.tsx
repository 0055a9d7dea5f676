import type { RouteObject } from 'react-router';
import { ROUTES } from '../../components/paths';

// Loaded when first opened: the live meeting screen is not needed to start the app.
export const meetingRunRoutes: RouteObject[] = [
  { path: ROUTES.meetingRun, lazy: async () => ({ Component: (await import('./MeetingRunPage')).MeetingRunPage }) },
];
