import type { RouteObject } from 'react-router';
import { ROUTES } from '../../components/paths';

// Loaded when first opened: the briefing screens are not needed to start the app.
const pages = () => import('./pages');

export const briefingRoutes: RouteObject[] = [
  { path: ROUTES.briefings, lazy: async () => ({ Component: (await pages()).BriefingsPage }) },
  { path: ROUTES.briefing, lazy: async () => ({ Component: (await pages()).BriefingFormPage }) },
  { path: ROUTES.meetingBriefings, lazy: async () => ({ Component: (await pages()).MeetingBriefingsPage }) },
];
