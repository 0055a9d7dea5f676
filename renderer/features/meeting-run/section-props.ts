import type { FamilyRecord } from '../../../shared/domain/family-record';
import type { PlannedMeeting } from '../../../shared/domain/meeting';
import type { MeetingRecord } from '../../../shared/domain/meeting-record';
import type { Plan } from '../../../shared/domain/plan';
import type { FieldProblem } from '../../../shared/rules/meeting-run/saveable';

/**
 * What every section of the live meeting screen receives. `change` applies a change to the record
 * and saves it at once (the page owns saving and the "saved" indicator); sections never write the
 * meeting record themselves.
 */
export interface MeetingSectionProps {
  family: FamilyRecord;
  meeting: PlannedMeeting;
  record: MeetingRecord;
  /** The family's current plan, when there is one. */
  plan: Plan | null;
  change: (recipe: (record: MeetingRecord) => MeetingRecord) => void;
  /** Fields that cannot be saved as typed: each section shows the message at its field (problemAt). */
  problems?: readonly FieldProblem[];
}
