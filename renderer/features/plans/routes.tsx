import type { RouteObject } from 'react-router';
import { PlanPage } from './PlanPage';
import { EditPlanPage, StartPlanPage } from './PlanFormPages';

export const planRoutes: RouteObject[] = [
  { path: 'families/:familyId/plan', element: <PlanPage /> },
  { path: 'families/:familyId/plan/new', element: <StartPlanPage /> },
  { path: 'families/:familyId/plan/edit', element: <EditPlanPage /> },
];
