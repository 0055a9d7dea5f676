import type { RouteObject } from 'react-router';
import { ROUTES } from '../../components/paths';

// Loaded when first opened: the minutes screens are not needed to start the app.
const pages = () => import('./pages');

export const minutesRoutes: RouteObject[] = [
  { path: ROUTES.minutes, lazy: async () => ({ Component: (await pages()).MinutesPage }) },
  { path: ROUTES.minutesReview, lazy: async () => ({ Component: (await pages()).FamilyReviewPage }) },
  { path: ROUTES.minutesResponse, lazy: async () => ({ Component: (await pages()).ResponsePage }) },
  { path: ROUTES.minutesReply, lazy: async () => ({ Component: (await pages()).ReplyPage }) },
  { path: ROUTES.minutesPlainWords, lazy: async () => ({ Component: (await pages()).PlainWordsPage }) },
  { path: ROUTES.minutesExport, lazy: async () => ({ Component: (await pages()).ExportPage }) },
  { path: ROUTES.minutesVersion, lazy: async () => ({ Component: (await pages()).VersionPage }) },
];

/** The family's review while handed over: outside the app's frame, so there is no navigation. */
export const handOverRoutes: RouteObject[] = [{ path: ROUTES.handOver, lazy: async () => ({ Component: (await pages()).HandOverPage }) }];
