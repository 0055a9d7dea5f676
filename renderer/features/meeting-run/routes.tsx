import type { RouteObject } from 'react-router';

// Loaded when first opened: the live meeting screen is not needed to start the app.
export const meetingRunRoutes: RouteObject[] = [
  { path: 'families/:familyId/meetings/:meetingId/run', lazy: async () => ({ Component: (await import('./MeetingRunPage')).MeetingRunPage }) },
];
