/** Actions agreed at a seeded meeting, due weekly from two weeks after the caseload's today, with words from the caseload's text. */
import type { Action } from '../../../shared/domain/action';
import { newId } from '../../../shared/domain/ids';
import { dayNumber, isoDate } from '../caseload/dates';
import type { Random } from '../caseload/random';
import { CASELOAD_TODAY } from '../caseload/size';
import { actionMeasure, actionWhat, type TextPeople } from '../caseload/text';

export interface AgreedActions {
  familyId: string;
  meetingId: string;
  count: number;
  /** The child and the owner of the i-th action. */
  childFor(i: number): string | null;
  ownerFor(i: number): string;
}

export function agreedActions(spec: AgreedActions, random: Random, people: TextPeople): Action[] {
  const at = new Date().toISOString();
  return Array.from(
    { length: spec.count },
    (_, i): Action => ({
      id: newId(),
      familyId: spec.familyId,
      meetingId: spec.meetingId,
      childId: spec.childFor(i),
      what: actionWhat(random, people),
      ownerName: spec.ownerFor(i),
      dueDate: isoDate(dayNumber(CASELOAD_TODAY) + 14 + i * 7),
      howWeWillKnow: actionMeasure(random, people),
      status: 'not-started',
      note: '',
      createdAt: at,
      updatedAt: at,
    }),
  );
}
