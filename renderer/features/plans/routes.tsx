import type { RouteObject } from 'react-router';
import { ROUTES } from '../../components/paths';
import { PlanPage } from './PlanPage';
import { EditPlanPage, StartPlanPage } from './PlanFormPages';

export const planRoutes: RouteObject[] = [
  { path: ROUTES.plan, element: <PlanPage /> },
  { path: ROUTES.newPlan, element: <StartPlanPage /> },
  { path: ROUTES.editPlan, element: <EditPlanPage /> },
];
