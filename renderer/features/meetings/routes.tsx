import type { RouteObject } from 'react-router';
import { ROUTES } from '../../components/paths';
import { MeetingPage } from './MeetingPage';
import { MeetingsListPage } from './MeetingsListPage';
import { NewMeetingPage } from './NewMeetingPage';

export const meetingRoutes: RouteObject[] = [
  { path: ROUTES.meetings, element: <MeetingsListPage /> },
  { path: ROUTES.newMeeting, element: <NewMeetingPage /> },
  { path: ROUTES.meeting, element: <MeetingPage /> },
];
