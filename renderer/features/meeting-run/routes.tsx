import type { RouteObject } from 'react-router';

export const meetingRunRoutes: RouteObject[] = [];
