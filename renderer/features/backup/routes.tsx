import type { RouteObject } from 'react-router';
import { ROUTES } from '../../components/paths';
import { BackupPage } from './BackupPage';

export const backupRoutes: RouteObject[] = [{ path: ROUTES.backup, element: <BackupPage /> }];
