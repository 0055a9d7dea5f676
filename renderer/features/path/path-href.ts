/** Where each of the path's targets is in the app. */
import type { PathTarget } from '../../../shared/rules/path';

export function pathHref(target: PathTarget): string {
  const family = `/families/${target.familyId}`;
  switch (target.screen) {
    case 'family-edit':
      return `${family}/edit`;
    case 'consent':
      return `${family}/consent`;
    case 'plan':
      return `${family}/plan`;
    case 'plan-new':
      return `${family}/plan/new`;
    case 'family-week':
      return `${family}/timetable`;
    case 'find-a-time':
      return `${family}/find-a-time?kind=${target.kind}`;
    case 'meeting':
      return `${family}/meetings/${target.meetingId}`;
    case 'meeting-run':
      return `${family}/meetings/${target.meetingId}/run`;
    case 'minutes':
      return `${family}/meetings/${target.meetingId}/minutes`;
    case 'minutes-response':
      return `${family}/meetings/${target.meetingId}/minutes/response`;
    case 'minutes-export':
      return `${family}/meetings/${target.meetingId}/minutes/export`;
  }
}
