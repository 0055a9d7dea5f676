import type { RouteObject } from 'react-router';
import { MeetingRunPage } from './MeetingRunPage';

export const meetingRunRoutes: RouteObject[] = [{ path: 'families/:familyId/meetings/:meetingId/run', element: <MeetingRunPage /> }];
