import type { HomeTarget } from '../../../shared/rules/home/target';

/** The route for a home item's target. */
export function pathFor(target: HomeTarget): string {
  switch (target.screen) {
    case 'family':
      return `/families/${target.familyId}`;
    case 'family-new':
      return '/families/new';
    case 'family-edit':
      return `/families/${target.familyId}/edit`;
    case 'meeting':
      return `/families/${target.familyId}/meetings/${target.meetingId}`;
    case 'meeting-new':
      return `/families/${target.familyId}/meetings/new`;
    case 'meeting-run':
      return `/families/${target.familyId}/meetings/${target.meetingId}/run`;
    case 'minutes':
      return `/families/${target.familyId}/meetings/${target.meetingId}/minutes`;
    case 'plan':
      return `/families/${target.familyId}/plan`;
    case 'plan-new':
      return `/families/${target.familyId}/plan/new`;
    case 'plan-edit':
      return `/families/${target.familyId}/plan/edit`;
    case 'consent':
      return `/families/${target.familyId}/consent`;
    case 'safeguarding':
      return `/families/${target.familyId}/safeguarding`;
    case 'practitioner-new':
      return '/directory/practitioners/new';
    case 'practitioner-edit':
      return `/directory/practitioners/${target.practitionerId}/edit`;
    case 'service-new':
      return '/directory/services/new';
    case 'service-edit':
      return `/directory/services/${target.serviceId}/edit`;
    case 'settings':
      return '/settings';
    case 'settings-area':
      return '/settings/area';
  }
}
