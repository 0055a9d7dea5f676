import type { RouteObject } from 'react-router';
import { ExportPage } from './ExportPage';
import { FamilyReviewPage } from './FamilyReviewPage';
import { MinutesPage } from './MinutesPage';
import { PlainWordsPage } from './PlainWordsPage';
import { ResponsePage } from './ResponsePage';
import { VersionPage } from './VersionPage';
import '../../styles/minutes.css';

const base = 'families/:familyId/meetings/:meetingId/minutes';

export const minutesRoutes: RouteObject[] = [
  { path: base, element: <MinutesPage /> },
  { path: `${base}/review`, element: <FamilyReviewPage /> },
  { path: `${base}/response`, element: <ResponsePage /> },
  { path: `${base}/plain-words`, element: <PlainWordsPage /> },
  { path: `${base}/export`, element: <ExportPage /> },
  { path: `${base}/versions/:version`, element: <VersionPage /> },
];
