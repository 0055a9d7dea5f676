import type { RouteObject } from 'react-router';
import { AppShell } from './AppShell';
import { NotFoundPage } from './NotFoundPage';
import { familyRoutes } from '../features/families/routes';
import { settingsRoutes } from '../features/settings/routes';
import { planRoutes } from '../features/plans/routes';
import { consentRoutes } from '../features/consent/routes';
import { safeguardingRoutes } from '../features/safeguarding/routes';
import { directoryRoutes } from '../features/directory/routes';
import { backupRoutes } from '../features/backup/routes';
import { auditRoutes } from '../features/audit/routes';
import { retentionRoutes } from '../features/retention/routes';
import { meetingRoutes } from '../features/meetings/routes';
import { timetableRoutes } from '../features/timetable/routes';
import { meetingRunRoutes } from '../features/meeting-run/routes';
import { handOverRoutes, minutesRoutes } from '../features/minutes/routes';
import { HandOverGuard } from '../features/minutes/HandOverGuard';
import { briefingRoutes } from '../features/briefings/routes';
import { guideRoutes } from '../features/guide/routes';
import { homeRoutes } from '../features/home/routes';
import { ownerActionsRoutes } from '../features/owner-actions/routes';

/** Each feature contributes its own routes; deleting a feature means deleting its folder and one line here. */
export const routes: RouteObject[] = [
  ...handOverRoutes,
  {
    element: (
      <HandOverGuard>
        <AppShell />
      </HandOverGuard>
    ),
    children: [
      ...homeRoutes,
      ...familyRoutes,
      ...directoryRoutes,
      ...settingsRoutes,
      ...backupRoutes,
      ...planRoutes,
      ...consentRoutes,
      ...safeguardingRoutes,
      ...auditRoutes,
      ...retentionRoutes,
      ...meetingRoutes,
      ...timetableRoutes,
      ...meetingRunRoutes,
      ...minutesRoutes,
      ...briefingRoutes,
      ...guideRoutes,
      ...ownerActionsRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
