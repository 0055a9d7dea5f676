import type { RouteObject } from 'react-router';
import { ROUTES } from '../../components/paths';
import type { PrefetchHandle } from '../../app/route-prefetch';
import { FamiliesListPage } from './FamiliesListPage';
import { FamilyPage } from './FamilyPage';
import { AddFamilyPage, EditFamilyPage } from './FamilyFormPage';
import { prefetchFamilyPage } from './family-page-query';

export const familyRoutes: RouteObject[] = [
  { path: ROUTES.families, element: <FamiliesListPage /> },
  { path: ROUTES.newFamily, element: <AddFamilyPage /> },
  { path: ROUTES.family, element: <FamilyPage />, handle: { prefetch: prefetchFamilyPage } satisfies PrefetchHandle },
  { path: ROUTES.editFamily, element: <EditFamilyPage /> },
];
