import type { RouteObject } from 'react-router';
import { AreaSettingsPage } from './AreaSettingsPage';
import { SettingsPage } from './SettingsPage';

export const settingsRoutes: RouteObject[] = [
  { path: 'settings', element: <SettingsPage /> },
  { path: 'settings/area', element: <AreaSettingsPage /> },
];
