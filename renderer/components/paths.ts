/**
 * Every page's address, in one place. The route table takes its patterns from `ROUTES`, and every
 * link and navigation builds its path with `paths` (or `pathTo`), whose parameters come from the
 * same patterns: a link to a page that does not exist, or without an id the page needs, does not
 * compile. tests/unit/renderer/paths.test.ts checks each builder's path is matched by the route table.
 */
import { generatePath, type PathParam } from 'react-router';

/** Route patterns, relative to the app's root, as the route table takes them. */
export const ROUTES = {
  home: 'home',
  families: 'families',
  newFamily: 'families/new',
  family: 'families/:familyId',
  editFamily: 'families/:familyId/edit',
  familyAudit: 'families/:familyId/audit',
  consent: 'families/:familyId/consent',
  safeguarding: 'families/:familyId/safeguarding',
  plan: 'families/:familyId/plan',
  newPlan: 'families/:familyId/plan/new',
  editPlan: 'families/:familyId/plan/edit',
  familyWeek: 'families/:familyId/timetable',
  findATime: 'families/:familyId/find-a-time',
  meetings: 'families/:familyId/meetings',
  newMeeting: 'families/:familyId/meetings/new',
  meeting: 'families/:familyId/meetings/:meetingId',
  meetingRun: 'families/:familyId/meetings/:meetingId/run',
  meetingBriefings: 'families/:familyId/meetings/:meetingId/briefings',
  minutes: 'families/:familyId/meetings/:meetingId/minutes',
  minutesReview: 'families/:familyId/meetings/:meetingId/minutes/review',
  minutesResponse: 'families/:familyId/meetings/:meetingId/minutes/response',
  minutesReply: 'families/:familyId/meetings/:meetingId/minutes/reply',
  minutesPlainWords: 'families/:familyId/meetings/:meetingId/minutes/plain-words',
  minutesExport: 'families/:familyId/meetings/:meetingId/minutes/export',
  minutesVersion: 'families/:familyId/meetings/:meetingId/minutes/versions/:version',
  /** The family's review handed to one parent or carer: outside the app's frame, no navigation. */
  handOver: 'hand-over/:familyId/:meetingId',
  directory: 'directory',
  services: 'directory/services',
  newPractitioner: 'directory/practitioners/new',
  editPractitioner: 'directory/practitioners/:practitionerId/edit',
  removePractitioner: 'directory/practitioners/:practitionerId/remove',
  unavailability: 'directory/practitioners/:practitionerId/unavailability',
  ownerActions: 'directory/practitioners/:practitionerId/actions',
  newService: 'directory/services/new',
  editService: 'directory/services/:serviceId/edit',
  removeService: 'directory/services/:serviceId/remove',
  briefings: 'briefings',
  briefing: 'briefings/:briefingId',
  settings: 'settings',
  areaSettings: 'settings/area',
  calendarSettings: 'settings/calendar',
  agendaSettings: 'settings/agendas',
  appAudit: 'settings/record',
  backup: 'backup',
  retention: 'retention',
  dispose: 'retention/:familyId',
  confirmDispose: 'retention/:familyId/confirm',
  guide: 'guide/first-meeting',
  glossary: 'guide/glossary',
} as const;

export type RouteName = keyof typeof ROUTES;
type ParamsOf<N extends RouteName> = { [K in PathParam<(typeof ROUTES)[N]>]: string };
type ParamsArgument<N extends RouteName> = [PathParam<(typeof ROUTES)[N]>] extends [never] ? [] : [params: ParamsOf<N>];

/** The address of a page: `pathTo('meeting', { familyId, meetingId })` is "/families/…/meetings/…". */
export function pathTo<N extends RouteName>(name: N, ...params: ParamsArgument<N>): string {
  const pattern: string = ROUTES[name];
  return `/${generatePath(pattern, (params[0] ?? {}) as Record<string, string>)}`;
}

/** The builders links use, named after the page they lead to. */
export const paths = {
  home: () => pathTo('home'),
  families: () => pathTo('families'),
  newFamily: () => pathTo('newFamily'),
  family: (familyId: string) => pathTo('family', { familyId }),
  editFamily: (familyId: string) => pathTo('editFamily', { familyId }),
  familyAudit: (familyId: string) => pathTo('familyAudit', { familyId }),
  consent: (familyId: string) => pathTo('consent', { familyId }),
  safeguarding: (familyId: string) => pathTo('safeguarding', { familyId }),
  plan: (familyId: string) => pathTo('plan', { familyId }),
  newPlan: (familyId: string) => pathTo('newPlan', { familyId }),
  editPlan: (familyId: string) => pathTo('editPlan', { familyId }),
  familyWeek: (familyId: string) => pathTo('familyWeek', { familyId }),
  findATime: (familyId: string) => pathTo('findATime', { familyId }),
  meetings: (familyId: string) => pathTo('meetings', { familyId }),
  newMeeting: (familyId: string) => pathTo('newMeeting', { familyId }),
  meeting: (familyId: string, meetingId: string) => pathTo('meeting', { familyId, meetingId }),
  meetingRun: (familyId: string, meetingId: string) => pathTo('meetingRun', { familyId, meetingId }),
  meetingBriefings: (familyId: string, meetingId: string) => pathTo('meetingBriefings', { familyId, meetingId }),
  minutes: (familyId: string, meetingId: string) => pathTo('minutes', { familyId, meetingId }),
  minutesReview: (familyId: string, meetingId: string) => pathTo('minutesReview', { familyId, meetingId }),
  minutesResponse: (familyId: string, meetingId: string) => pathTo('minutesResponse', { familyId, meetingId }),
  minutesReply: (familyId: string, meetingId: string) => pathTo('minutesReply', { familyId, meetingId }),
  minutesPlainWords: (familyId: string, meetingId: string) => pathTo('minutesPlainWords', { familyId, meetingId }),
  minutesExport: (familyId: string, meetingId: string) => pathTo('minutesExport', { familyId, meetingId }),
  minutesVersion: (familyId: string, meetingId: string, version: number) => pathTo('minutesVersion', { familyId, meetingId, version: String(version) }),
  handOver: (familyId: string, meetingId: string) => pathTo('handOver', { familyId, meetingId }),
  directory: () => pathTo('directory'),
  services: () => pathTo('services'),
  newPractitioner: () => pathTo('newPractitioner'),
  editPractitioner: (practitionerId: string) => pathTo('editPractitioner', { practitionerId }),
  removePractitioner: (practitionerId: string) => pathTo('removePractitioner', { practitionerId }),
  unavailability: (practitionerId: string) => pathTo('unavailability', { practitionerId }),
  ownerActions: (practitionerId: string) => pathTo('ownerActions', { practitionerId }),
  newService: () => pathTo('newService'),
  editService: (serviceId: string) => pathTo('editService', { serviceId }),
  removeService: (serviceId: string) => pathTo('removeService', { serviceId }),
  briefings: () => pathTo('briefings'),
  briefing: (briefingId: string) => pathTo('briefing', { briefingId }),
  settings: () => pathTo('settings'),
  areaSettings: () => pathTo('areaSettings'),
  calendarSettings: () => pathTo('calendarSettings'),
  agendaSettings: () => pathTo('agendaSettings'),
  appAudit: () => pathTo('appAudit'),
  backup: () => pathTo('backup'),
  retention: () => pathTo('retention'),
  dispose: (familyId: string) => pathTo('dispose', { familyId }),
  confirmDispose: (familyId: string) => pathTo('confirmDispose', { familyId }),
  guide: () => pathTo('guide'),
  glossary: () => pathTo('glossary'),
} as const satisfies Record<RouteName, (...args: never[]) => string>;
