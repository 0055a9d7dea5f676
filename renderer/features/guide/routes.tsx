import type { RouteObject } from 'react-router';
import { FirstMeetingGuidePage } from './FirstMeetingGuidePage';
import { GlossaryPage } from './GlossaryPage';

export const guideRoutes: RouteObject[] = [
  { path: 'guide/first-meeting', element: <FirstMeetingGuidePage /> },
  { path: 'guide/glossary', element: <GlossaryPage /> },
];
