import type { RouteObject } from 'react-router';
import { FamiliesListPage } from './FamiliesListPage';
import { FamilyPage } from './FamilyPage';
import { AddFamilyPage, EditFamilyPage } from './FamilyFormPage';

export const familyRoutes: RouteObject[] = [
  { path: 'families', element: <FamiliesListPage /> },
  { path: 'families/new', element: <AddFamilyPage /> },
  { path: 'families/:familyId', element: <FamilyPage /> },
  { path: 'families/:familyId/edit', element: <EditFamilyPage /> },
];
