/**
 * Minutes waiting for the chair, oldest meeting first (it has waited longest): not yet drafted,
 * drafted but not checked with the family, with the family, answered but not final, and final
 * but not yet shared with anyone.
 */
import type { MeetingKind, PlannedMeeting } from '../../domain/meeting';
import type { MinutesRow } from '../../domain/minutes';
import { minutesStatus } from '../../minutes/workflow';
import type { HomeButton } from './target';
import { startInstant } from './window';

export type MinutesWaitingState = 'not-drafted' | 'draft' | 'with-family' | 'family-responded' | 'final';

export const MINUTES_WAITING_WORDS: Record<MinutesWaitingState, string> = {
  'not-drafted': 'Not drafted yet',
  draft: 'Drafted, not yet checked with the family',
  'with-family': 'With the family to check',
  'family-responded': 'The family has answered: make them final',
  final: 'Final, not yet shared',
};

const BUTTONS: Record<MinutesWaitingState, string> = {
  'not-drafted': 'Write the minutes',
  draft: 'Check them with the family',
  'with-family': "Record the family's answer",
  'family-responded': 'Make the minutes final',
  final: 'Share the minutes',
};

export interface MinutesWaitingItem {
  familyId: string;
  meetingId: string;
  startsAt: string;
  kind: MeetingKind;
  state: MinutesWaitingState;
  button: HomeButton;
}

/** Where the newest version of a meeting's minutes stands; null when nothing is waiting. */
export function waitingState(versions: readonly MinutesRow[]): MinutesWaitingState | null {
  if (versions.length === 0) return 'not-drafted';
  const newest = [...versions].sort((a, b) => b.version - a.version)[0] as MinutesRow;
  const status = minutesStatus(newest);
  switch (status) {
    case 'shared':
    case 'superseded':
      return null;
    default:
      return status;
  }
}

/**
 * Whether a meeting's minutes are still open: it is on and not a pre-meeting, and its newest version
 * is not yet shared (`waitingState`). Once the meeting has ended, that is exactly when it is on the
 * list; stored as a flag on the meeting's summary so home reads only these (0066).
 */
export function minutesOpen(meeting: Pick<PlannedMeeting, 'kind' | 'status'>, versions: readonly MinutesRow[]): boolean {
  return meeting.status === 'planned' && meeting.kind !== 'pre-meeting' && waitingState(versions) !== null;
}

export function minutesWaiting(input: {
  /** ISO instant: a meeting counts once it has ended. */
  now: string;
  /** Meetings the read model found in its look-back window (their summaries are enough). */
  meetings: readonly Pick<PlannedMeeting, 'id' | 'familyId' | 'kind' | 'startsAt' | 'lengthMinutes' | 'status'>[];
  /** Every stored version of the minutes, by meeting id. */
  minutes: ReadonlyMap<string, readonly MinutesRow[]>;
}): MinutesWaitingItem[] {
  const now = Date.parse(input.now);
  return input.meetings
    .filter((m) => m.status === 'planned' && m.kind !== 'pre-meeting' && startInstant(m.startsAt) + m.lengthMinutes * 60_000 <= now)
    .sort((a, b) => startInstant(a.startsAt) - startInstant(b.startsAt) || a.id.localeCompare(b.id))
    .flatMap((m) => {
      const state = waitingState(input.minutes.get(m.id) ?? []);
      if (state === null) return [];
      return [
        {
          familyId: m.familyId,
          meetingId: m.id,
          startsAt: m.startsAt,
          kind: m.kind,
          state,
          button: { label: BUTTONS[state], target: { screen: 'minutes', familyId: m.familyId, meetingId: m.id } },
        },
      ];
    });
}
