import type { RouteObject } from 'react-router';
import { FirstMeetingGuidePage } from './FirstMeetingGuidePage';
import { GlossaryPage } from './GlossaryPage';
import { ROUTES } from '../../components/paths';

export const guideRoutes: RouteObject[] = [
  { path: ROUTES.guide, element: <FirstMeetingGuidePage /> },
  { path: ROUTES.glossary, element: <GlossaryPage /> },
];
