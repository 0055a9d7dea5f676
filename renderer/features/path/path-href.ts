/** Where each of the path's targets is in the app. */
import type { PathTarget } from '../../../shared/rules/path';
import { paths } from '../../components/paths';

export function pathHref(target: PathTarget): string {
  const id = target.familyId;
  switch (target.screen) {
    case 'family-edit':
      return paths.editFamily(id);
    case 'consent':
      return paths.consent(id);
    case 'plan':
      return paths.plan(id);
    case 'plan-new':
      return paths.newPlan(id);
    case 'family-week':
      return paths.familyWeek(id);
    case 'find-a-time':
      return `${paths.findATime(id)}?kind=${target.kind}`;
    case 'meeting':
      return paths.meeting(id, target.meetingId);
    case 'meeting-run':
      return paths.meetingRun(id, target.meetingId);
    case 'minutes':
      return paths.minutes(id, target.meetingId);
    case 'minutes-response':
      return paths.minutesResponse(id, target.meetingId);
    case 'minutes-export':
      return paths.minutesExport(id, target.meetingId);
  }
}
