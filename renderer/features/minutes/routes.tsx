import type { RouteObject } from 'react-router';

export const minutesRoutes: RouteObject[] = [];
