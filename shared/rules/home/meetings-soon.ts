/**
 * Meetings in the next two weeks, soonest first, with what still needs doing for each: whether
 * the family has been told, whether invitations have gone to everyone invited, and how many
 * briefings or reports have come in and how many are still awaited.
 */
import { familyNotYetTold, type MeetingKind, type PlannedMeeting } from '../../domain/meeting';
import type { IsoDate } from '../dates';
import type { HomeButton } from './target';
import { addDays, LOOK_AHEAD_DAYS, londonDateOf, startInstant } from './window';

export interface MeetingPreparation {
  /** Invitee ids an invitation has been saved or printed for (from the audit trail). */
  invited: ReadonlySet<string>;
  /** Briefings and reports received for the meeting. */
  briefingsReceived: number;
  /** Briefings or reports asked for (distinct people asked, or requests when nobody was named). */
  briefingsRequested: number;
}

export interface MeetingSoonItem {
  familyId: string;
  meetingId: string;
  startsAt: string;
  kind: MeetingKind;
  /** False when a family member has not had an invitation or has not been told of a change. */
  familyTold: boolean;
  /** True when nobody from the family is invited. */
  noFamilyInvited: boolean;
  invitationsSent: number;
  invitees: number;
  briefingsReceived: number;
  briefingsAwaited: number;
  button: HomeButton;
}

const NOTHING: MeetingPreparation = { invited: new Set(), briefingsReceived: 0, briefingsRequested: 0 };

export function meetingsSoon(input: {
  /** ISO instant: meetings that have already started are not "soon". */
  now: string;
  today: IsoDate;
  meetings: readonly PlannedMeeting[];
  preparation: ReadonlyMap<string, MeetingPreparation>;
}): MeetingSoonItem[] {
  const from = Date.parse(input.now);
  const until = addDays(input.today, LOOK_AHEAD_DAYS);
  return input.meetings
    .filter((m) => m.status === 'planned' && startInstant(m.startsAt) >= from && londonDateOf(m.startsAt) <= until)
    .sort((a, b) => startInstant(a.startsAt) - startInstant(b.startsAt) || a.id.localeCompare(b.id))
    .map((m) => {
      const prep = input.preparation.get(m.id) ?? NOTHING;
      const family = m.invitees.filter((i) => i.kind === 'family');
      const sent = m.invitees.filter((i) => prep.invited.has(i.id)).length;
      const familyTold = family.length > 0 && family.every((i) => prep.invited.has(i.id)) && !familyNotYetTold(m);
      const awaited = Math.max(0, prep.briefingsRequested - prep.briefingsReceived);
      const ready = familyTold && sent === m.invitees.length && awaited === 0;
      return {
        familyId: m.familyId,
        meetingId: m.id,
        startsAt: m.startsAt,
        kind: m.kind,
        familyTold,
        noFamilyInvited: family.length === 0,
        invitationsSent: sent,
        invitees: m.invitees.length,
        briefingsReceived: prep.briefingsReceived,
        briefingsAwaited: awaited,
        button: {
          label: ready ? 'Open the meeting' : sent < m.invitees.length || !familyTold ? 'Send invitations and tell the family' : 'Check the briefings',
          target: { screen: 'meeting', familyId: m.familyId, meetingId: m.id },
        },
      };
    });
}
