import type { RouteObject } from 'react-router';
import { ROUTES } from '../../components/paths';
import { DirectoryPage } from './DirectoryPage';
import { AddPractitionerPage, EditPractitionerPage } from './PractitionerFormPages';
import { RemovePractitionerPage, RemoveServicePage } from './RemovePages';
import { AddServicePage, EditServicePage } from './ServiceFormPages';

export const directoryRoutes: RouteObject[] = [
  { path: ROUTES.directory, element: <DirectoryPage section="practitioners" /> },
  { path: ROUTES.services, element: <DirectoryPage section="services" /> },
  { path: ROUTES.newPractitioner, element: <AddPractitionerPage /> },
  { path: ROUTES.editPractitioner, element: <EditPractitionerPage /> },
  { path: ROUTES.removePractitioner, element: <RemovePractitionerPage /> },
  { path: ROUTES.newService, element: <AddServicePage /> },
  { path: ROUTES.editService, element: <EditServicePage /> },
  { path: ROUTES.removeService, element: <RemoveServicePage /> },
];
