import type { RouteObject } from 'react-router';
import { MeetingPage } from './MeetingPage';
import { MeetingsListPage } from './MeetingsListPage';
import { NewMeetingPage } from './NewMeetingPage';

export const meetingRoutes: RouteObject[] = [
  { path: 'families/:familyId/meetings', element: <MeetingsListPage /> },
  { path: 'families/:familyId/meetings/new', element: <NewMeetingPage /> },
  { path: 'families/:familyId/meetings/:meetingId', element: <MeetingPage /> },
];
