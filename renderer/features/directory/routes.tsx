import type { RouteObject } from 'react-router';
import { DirectoryPage } from './DirectoryPage';
import { AddPractitionerPage, EditPractitionerPage } from './PractitionerFormPages';
import { RemovePractitionerPage, RemoveServicePage } from './RemovePages';
import { AddServicePage, EditServicePage } from './ServiceFormPages';

export const directoryRoutes: RouteObject[] = [
  { path: 'directory', element: <DirectoryPage section="practitioners" /> },
  { path: 'directory/services', element: <DirectoryPage section="services" /> },
  { path: 'directory/practitioners/new', element: <AddPractitionerPage /> },
  { path: 'directory/practitioners/:practitionerId/edit', element: <EditPractitionerPage /> },
  { path: 'directory/practitioners/:practitionerId/remove', element: <RemovePractitionerPage /> },
  { path: 'directory/services/new', element: <AddServicePage /> },
  { path: 'directory/services/:serviceId/edit', element: <EditServicePage /> },
  { path: 'directory/services/:serviceId/remove', element: <RemoveServicePage /> },
];
