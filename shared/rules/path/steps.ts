/**
 * The steps of a family's path, in order, and what the path says about each one. Pure words and
 * types: the rules that work out each step's status are in the other files of this folder.
 */
import type { MeetingKind } from '../../domain/meeting-kind';

export const PATH_STEP_IDS = [
  'family-details',
  'consent',
  'plan',
  'family-week',
  'find-a-time',
  'agenda-and-invitations',
  'run-the-meeting',
  'minutes',
  'family-review',
  'sharing',
  'next-review',
] as const;
export type PathStepId = (typeof PATH_STEP_IDS)[number];

export const PATH_STEP_NAMES: Record<PathStepId, string> = {
  'family-details': 'Family details',
  consent: 'Consent',
  plan: 'Plan',
  'family-week': 'The family’s week',
  'find-a-time': 'Find a time',
  'agenda-and-invitations': 'Agenda and invitations',
  'run-the-meeting': 'Run the meeting',
  minutes: 'Minutes',
  'family-review': 'The family’s review',
  sharing: 'Sharing',
  'next-review': 'The next review',
};

export const STEP_STATUSES = ['not-started', 'in-progress', 'done', 'needs-attention'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

export const STEP_STATUS_LABELS: Record<StepStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
  'needs-attention': 'Needs attention',
};

/** The screen that does a step. The renderer turns each into its route. */
export type PathTarget =
  | { screen: 'family-edit'; familyId: string }
  | { screen: 'consent'; familyId: string }
  | { screen: 'plan'; familyId: string }
  | { screen: 'plan-new'; familyId: string }
  | { screen: 'family-week'; familyId: string }
  /** The slot finder for the family, with no date asked for first; the meeting it plans is of this kind. */
  | { screen: 'find-a-time'; familyId: string; kind: MeetingKind }
  | { screen: 'meeting'; familyId: string; meetingId: string }
  | { screen: 'meeting-run'; familyId: string; meetingId: string }
  | { screen: 'minutes'; familyId: string; meetingId: string }
  | { screen: 'minutes-response'; familyId: string; meetingId: string }
  | { screen: 'minutes-export'; familyId: string; meetingId: string };

export type PathScreen = PathTarget['screen'];

export interface PathStep {
  id: PathStepId;
  name: string;
  status: StepStatus;
  /** Where the step stands, in plain words. */
  reason: string;
  /** What the button says, e.g. "Record consent". */
  action: string;
  target: PathTarget;
  /** A step that can be left out: once a later step has begun, it is not offered as the next thing to do. */
  optional: boolean;
}

export interface FamilyPath {
  steps: PathStep[];
  /** The first step that is not done (optional steps are skipped once later ones have begun), or null when all is done. */
  next: PathStep | null;
}
