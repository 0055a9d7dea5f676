import type { RouteObject } from 'react-router';
import { ROUTES } from '../../components/paths';
import { AgendaTemplatesPage } from './AgendaTemplatesPage';
import { AreaSettingsPage } from './AreaSettingsPage';
import { SettingsPage } from './SettingsPage';

export const settingsRoutes: RouteObject[] = [
  { path: ROUTES.settings, element: <SettingsPage /> },
  { path: ROUTES.areaSettings, element: <AreaSettingsPage /> },
  { path: ROUTES.agendaSettings, element: <AgendaTemplatesPage /> },
];
