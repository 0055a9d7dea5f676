import type { RouteObject } from 'react-router';

// Loaded when first opened: the briefing screens are not needed to start the app.
const pages = () => import('./pages');

export const briefingRoutes: RouteObject[] = [
  { path: 'briefings', lazy: async () => ({ Component: (await pages()).BriefingsPage }) },
  { path: 'briefings/:briefingId', lazy: async () => ({ Component: (await pages()).BriefingFormPage }) },
  { path: 'families/:familyId/meetings/:meetingId/briefings', lazy: async () => ({ Component: (await pages()).MeetingBriefingsPage }) },
];
