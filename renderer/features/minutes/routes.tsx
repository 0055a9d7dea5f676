import type { RouteObject } from 'react-router';

const base = 'families/:familyId/meetings/:meetingId/minutes';
// Loaded when first opened: the minutes screens are not needed to start the app.
const pages = () => import('./pages');

export const minutesRoutes: RouteObject[] = [
  { path: base, lazy: async () => ({ Component: (await pages()).MinutesPage }) },
  { path: `${base}/review`, lazy: async () => ({ Component: (await pages()).FamilyReviewPage }) },
  { path: `${base}/response`, lazy: async () => ({ Component: (await pages()).ResponsePage }) },
  { path: `${base}/reply`, lazy: async () => ({ Component: (await pages()).ReplyPage }) },
  { path: `${base}/plain-words`, lazy: async () => ({ Component: (await pages()).PlainWordsPage }) },
  { path: `${base}/export`, lazy: async () => ({ Component: (await pages()).ExportPage }) },
  { path: `${base}/versions/:version`, lazy: async () => ({ Component: (await pages()).VersionPage }) },
];
