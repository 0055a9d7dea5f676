import { matchPath } from 'react-router';
import { ROUTES } from '../../components/paths';

/** Screens open in front of the family, where locking without warning would interrupt them. */
const MEETING_SCREENS = [ROUTES.meetingRun, ROUTES.minutesReview, ROUTES.handOver];

/**
 * Whether the address (the hash: the lock sits outside the router) is the live meeting screen or
 * the family's review.
 */
export function isMeetingScreen(hash: string): boolean {
  const pathname = hash.replace(/^#/, '').split('?')[0] ?? '';
  return MEETING_SCREENS.some((pattern) => matchPath({ path: `/${pattern}`, end: true }, pathname) !== null);
}
