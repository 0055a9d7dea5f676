/**
 * A family's path: every step from their details to the next review, in order, each with its
 * status, why, and the screen that does it; and "what to do next". Pure: pass the clock.
 */
import { agendaStep, findATimeStep, runStep } from './meeting-steps';
import { consentStep, familyDetailsStep, familyWeekStep, planStep } from './before-meeting';
import { familyReviewStep, minutesStep, nextReviewStep, sharingStep } from './after-meeting';
import { pathFacts, type PathInput } from './input';
import type { FamilyPath, PathStep } from './steps';

const STEPS = [familyDetailsStep, consentStep, planStep, familyWeekStep, findATimeStep, agendaStep, runStep, minutesStep, familyReviewStep, sharingStep, nextReviewStep];

/**
 * The first step not done. An optional step is passed over once a later step has begun, so a
 * family whose week was never recorded is not sent back to it after their meeting is planned.
 */
export function whatToDoNext(steps: readonly PathStep[]): PathStep | null {
  return (
    steps.find((s, i) => {
      if (s.status === 'done') return false;
      return !(s.optional && steps.slice(i + 1).some((later) => later.status !== 'not-started'));
    }) ?? null
  );
}

export function familyPath(input: PathInput, now: Date): FamilyPath {
  const facts = pathFacts(input, now);
  const steps = STEPS.map((s) => s(facts));
  return { steps, next: whatToDoNext(steps) };
}
