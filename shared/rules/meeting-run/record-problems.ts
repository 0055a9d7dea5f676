/**
 * Why a meeting record could not be saved, in words that say which part and what to do. The
 * record is saved as it is typed, so the usual cause is something far too long (pasted in).
 */
import type { z } from 'zod';
import { capitalise } from '../../words/case';

const PARTS: Record<string, string> = {
  attendees: 'the attendance list',
  itemNotes: 'the notes for an agenda item',
  familyViews: 'the family’s views',
  childVoices: 'a child’s voice',
  goingWell: 'what is going well',
  worries: 'what we are worried about',
  needsToHappen: 'what needs to happen',
  scalingQuestion: 'the scaling question',
  scaling: 'the scaling answers',
  actionUpdates: 'the review of earlier actions',
  outcome: 'the outcome',
};

export function describeRecordProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  const part = issue === undefined ? undefined : PARTS[String(issue.path[0])];
  const what = part ? capitalise(part) : 'Something in this meeting';
  const tooLong = issue?.code === 'too_big';
  return tooLong
    ? `${what} is too long to save. Make it shorter: what you typed is still on screen.`
    : `${what} has something that is not valid, so the last change has not been saved. What you typed is still on screen.`;
}
