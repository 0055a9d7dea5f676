import { isValidElement } from 'react';
import { matchRoutes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { routes } from '../../../renderer/app/routes';
import { HomePage } from '../../../renderer/features/home/HomePage';
import { pathFor } from '../../../renderer/features/home/target-path';
import { paths } from '../../../renderer/components/paths';
import type { HomeTarget } from '../../../shared/rules/home/target';

const F = 'familyAAAA';
const M = 'meetingAAAA';
const TARGETS: HomeTarget[] = [
  { screen: 'family', familyId: F },
  { screen: 'family-new' },
  { screen: 'family-edit', familyId: F },
  { screen: 'meeting', familyId: F, meetingId: M },
  { screen: 'meeting-new', familyId: F },
  { screen: 'meeting-run', familyId: F, meetingId: M },
  { screen: 'minutes', familyId: F, meetingId: M },
  { screen: 'plan', familyId: F },
  { screen: 'plan-new', familyId: F },
  { screen: 'plan-edit', familyId: F },
  { screen: 'consent', familyId: F },
  { screen: 'safeguarding', familyId: F },
  { screen: 'practitioner-new' },
  { screen: 'practitioner-edit', practitionerId: 'practAAAA' },
  { screen: 'service-new' },
  { screen: 'service-edit', serviceId: 'serviceAAAA' },
  { screen: 'settings' },
  { screen: 'settings-area' },
];

describe('where a home button lands', () => {
  it.each(TARGETS)('$screen is a screen of the app, not the "page not found"', (target) => {
    const matched = matchRoutes(routes, pathFor(target)) ?? [];
    const leaf = matched[matched.length - 1]?.route;
    expect(leaf?.path).toBeDefined();
    expect(leaf?.path).not.toBe('*');
  });

  it('puts the ids where the screen reads them', () => {
    expect(pathFor({ screen: 'minutes', familyId: F, meetingId: M })).toBe(`/families/${F}/meetings/${M}/minutes`);
    expect(pathFor({ screen: 'meeting-new', familyId: F })).toBe(`/families/${F}/meetings/new`);
  });

  it('opens the app on the home screen', () => {
    // The app's root sends the user to Home, which has its own address.
    const root = (matchRoutes(routes, '/') ?? []).at(-1)?.route.element;
    expect(isValidElement<{ to: string }>(root) && root.props.to).toBe(paths.home());
    const element = (matchRoutes(routes, paths.home()) ?? []).at(-1)?.route.element;
    expect(isValidElement(element) && element.type).toBe(HomePage);
  });
});
