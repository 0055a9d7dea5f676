import type { RouteObject } from 'react-router';
import '../../styles/briefings.css';
import { BriefingFormPage } from './BriefingFormPage';
import { BriefingsPage } from './BriefingsPage';
import { MeetingBriefingsPage } from './MeetingBriefingsPage';

export const briefingRoutes: RouteObject[] = [
  { path: 'briefings', element: <BriefingsPage /> },
  { path: 'briefings/:briefingId', element: <BriefingFormPage /> },
  { path: 'families/:familyId/meetings/:meetingId/briefings', element: <MeetingBriefingsPage /> },
];
