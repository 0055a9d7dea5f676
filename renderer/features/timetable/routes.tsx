import type { RouteObject } from 'react-router';
import { CalendarSettingsPage } from './CalendarSettingsPage';
import { FamilyWeekPage } from './FamilyWeekPage';
import { FindATimePage } from './FindATimePage';
import { PractitionerUnavailabilityPage } from './PractitionerUnavailabilityPage';

export const timetableRoutes: RouteObject[] = [
  { path: 'families/:familyId/timetable', element: <FamilyWeekPage /> },
  { path: 'families/:familyId/find-a-time', element: <FindATimePage /> },
  { path: 'directory/practitioners/:practitionerId/unavailability', element: <PractitionerUnavailabilityPage /> },
  { path: 'settings/calendar', element: <CalendarSettingsPage /> },
];
