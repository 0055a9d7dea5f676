import type { RouteObject } from 'react-router';
import { ROUTES } from '../../components/paths';
import { FamiliesListPage } from './FamiliesListPage';
import { FamilyPage } from './FamilyPage';
import { AddFamilyPage, EditFamilyPage } from './FamilyFormPage';

export const familyRoutes: RouteObject[] = [
  { path: ROUTES.families, element: <FamiliesListPage /> },
  { path: ROUTES.newFamily, element: <AddFamilyPage /> },
  { path: ROUTES.family, element: <FamilyPage /> },
  { path: ROUTES.editFamily, element: <EditFamilyPage /> },
];
