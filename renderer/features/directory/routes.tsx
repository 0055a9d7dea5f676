import type { RouteObject } from 'react-router';
import { ROUTES } from '../../components/paths';
import { ConfirmRemovePage } from './ConfirmRemovePage';
import { DirectoryPage } from './DirectoryPage';
import { practitionerKind, serviceKind } from './entry-kinds';
import { AddEntryPage, EditEntryPage } from './EntryFormPage';

export const directoryRoutes: RouteObject[] = [
  { path: ROUTES.directory, element: <DirectoryPage section="practitioners" /> },
  { path: ROUTES.services, element: <DirectoryPage section="services" /> },
  { path: ROUTES.newPractitioner, element: <AddEntryPage kind={practitionerKind} /> },
  { path: ROUTES.editPractitioner, element: <EditEntryPage kind={practitionerKind} /> },
  { path: ROUTES.removePractitioner, element: <ConfirmRemovePage kind={practitionerKind} /> },
  { path: ROUTES.newService, element: <AddEntryPage kind={serviceKind} /> },
  { path: ROUTES.editService, element: <EditEntryPage kind={serviceKind} /> },
  { path: ROUTES.removeService, element: <ConfirmRemovePage kind={serviceKind} /> },
];
