/** Every path a link can build is one the route table has a page for, and every page has a builder. */
import { matchRoutes, type RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { routes } from '../../../renderer/app/routes';
import { ROUTES, paths, pathTo, type RouteName } from '../../../renderer/components/paths';

const ID = '0123456789abcdef0123456789abcdef';
const OTHER = 'fedcba9876543210fedcba9876543210';

/** Each builder called with made-up ids, and the pattern its page must be found by. */
const built: Record<RouteName, string> = {
  home: paths.home(),
  families: paths.families(),
  newFamily: paths.newFamily(),
  family: paths.family(ID),
  editFamily: paths.editFamily(ID),
  familyAudit: paths.familyAudit(ID),
  consent: paths.consent(ID),
  safeguarding: paths.safeguarding(ID),
  plan: paths.plan(ID),
  newPlan: paths.newPlan(ID),
  editPlan: paths.editPlan(ID),
  familyWeek: paths.familyWeek(ID),
  findATime: paths.findATime(ID),
  meetings: paths.meetings(ID),
  newMeeting: paths.newMeeting(ID),
  meeting: paths.meeting(ID, OTHER),
  meetingRun: paths.meetingRun(ID, OTHER),
  meetingBriefings: paths.meetingBriefings(ID, OTHER),
  minutes: paths.minutes(ID, OTHER),
  minutesReview: paths.minutesReview(ID, OTHER),
  minutesResponse: paths.minutesResponse(ID, OTHER),
  minutesReply: paths.minutesReply(ID, OTHER),
  minutesPlainWords: paths.minutesPlainWords(ID, OTHER),
  minutesExport: paths.minutesExport(ID, OTHER),
  minutesVersion: paths.minutesVersion(ID, OTHER, 3),
  handOver: paths.handOver(ID, OTHER),
  directory: paths.directory(),
  services: paths.services(),
  newPractitioner: paths.newPractitioner(),
  editPractitioner: paths.editPractitioner(ID),
  ownerActions: paths.ownerActions(ID),
  removePractitioner: paths.removePractitioner(ID),
  unavailability: paths.unavailability(ID),
  newService: paths.newService(),
  editService: paths.editService(ID),
  removeService: paths.removeService(ID),
  briefings: paths.briefings(),
  briefing: paths.briefing(ID),
  settings: paths.settings(),
  areaSettings: paths.areaSettings(),
  calendarSettings: paths.calendarSettings(),
  agendaSettings: paths.agendaSettings(),
  appAudit: paths.appAudit(),
  backup: paths.backup(),
  retention: paths.retention(),
  dispose: paths.dispose(ID),
  confirmDispose: paths.confirmDispose(ID),
  guide: paths.guide(),
  glossary: paths.glossary(),
};

function tablePatterns(table: readonly RouteObject[]): string[] {
  return table.flatMap((route) => [...(route.path === undefined ? [] : [route.path]), ...tablePatterns(route.children ?? [])]);
}

describe('typed paths', () => {
  it.each(Object.entries(built) as Array<[RouteName, string]>)('%s leads to its own page in the route table', (name, path) => {
    const matches = matchRoutes(routes, path);
    const page = matches?.[matches.length - 1];
    expect(page?.route.path, path).toBe(ROUTES[name]);
    expect(path.includes(ID), path).toBe(ROUTES[name].includes(':'));
  });

  it('has a builder for every page in the route table, and a page for every builder', () => {
    const patterns = tablePatterns(routes).filter((p) => p !== '*');
    expect([...patterns].sort()).toEqual(Object.values(ROUTES).sort());
    expect(Object.keys(paths).sort()).toEqual(Object.keys(ROUTES).sort());
  });

  it('puts ids into the path', () => {
    expect(paths.minutesVersion('fam12345', 'meet1234', 2)).toBe('/families/fam12345/meetings/meet1234/minutes/versions/2');
    expect(pathTo('editService', { serviceId: 'svc12345' })).toBe('/directory/services/svc12345/edit');
    // A page that does not exist, or a missing or extra id, does not compile.
    // @ts-expect-error: there is no such page
    expect(() => pathTo('famillies')).toThrow();
    // @ts-expect-error: a meeting's page needs the meeting's id too
    expect(() => pathTo('meeting', { familyId: 'fam12345' })).toThrow(/meetingId/);
    // @ts-expect-error: the list of families takes no id
    expect(pathTo('families', { familyId: 'fam12345' })).toBe('/families');
    // An address that is not a page reaches only the "page not found" route.
    expect(matchRoutes(routes, '/families/x/nothing-here')?.at(-1)?.route.path).toBe('*');
  });
});
