import type { RouteObject } from 'react-router';
import { ROUTES } from '../../components/paths';
import { CalendarSettingsPage } from './CalendarSettingsPage';
import { FamilyWeekPage } from './FamilyWeekPage';
import { FindATimePage } from './FindATimePage';
import { PractitionerUnavailabilityPage } from './PractitionerUnavailabilityPage';

export const timetableRoutes: RouteObject[] = [
  { path: ROUTES.familyWeek, element: <FamilyWeekPage /> },
  { path: ROUTES.findATime, element: <FindATimePage /> },
  { path: ROUTES.unavailability, element: <PractitionerUnavailabilityPage /> },
  { path: ROUTES.calendarSettings, element: <CalendarSettingsPage /> },
];
