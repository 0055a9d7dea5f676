import type { HomeTarget } from '../../../shared/rules/home/target';
import { paths } from '../../components/paths';

/** The route for a home item's target. */
export function pathFor(target: HomeTarget): string {
  switch (target.screen) {
    case 'family':
      return paths.family(target.familyId);
    case 'family-new':
      return paths.newFamily();
    case 'family-edit':
      return paths.editFamily(target.familyId);
    case 'meeting':
      return paths.meeting(target.familyId, target.meetingId);
    case 'meeting-new':
      return paths.newMeeting(target.familyId);
    case 'meeting-run':
      // Home's meeting links are about actions: open the live screen on the item that has them.
      return `${paths.meetingRun(target.familyId, target.meetingId)}?item=actions`;
    case 'minutes':
      return paths.minutes(target.familyId, target.meetingId);
    case 'plan':
      return paths.plan(target.familyId);
    case 'plan-new':
      return paths.newPlan(target.familyId);
    case 'plan-edit':
      return paths.editPlan(target.familyId);
    case 'consent':
      return paths.consent(target.familyId);
    case 'safeguarding':
      return paths.safeguarding(target.familyId);
    case 'practitioner-new':
      return paths.newPractitioner();
    case 'practitioner-edit':
      return paths.editPractitioner(target.practitionerId);
    case 'service-new':
      return paths.newService();
    case 'service-edit':
      return paths.editService(target.serviceId);
    case 'settings':
      return paths.settings();
    case 'settings-area':
      return paths.areaSettings();
  }
}
