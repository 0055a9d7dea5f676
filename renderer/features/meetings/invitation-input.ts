/** The invitation documents' input, built from a planned meeting: pure, unit-tested. */
import type { AreaSettings } from '../../../shared/domain/area-settings';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import type { PlannedMeeting } from '../../../shared/domain/meeting';
import type { ChildAttendance, InvitationChair, InvitationMeeting, InvitationVenue } from '../../../shared/documents/invitation/types';
import type { Profile } from '../../../shared/domain/profile';
import type { Action } from '../../../shared/domain/action';
import { childrenAtMeeting } from '../../../shared/rules/child-attendance';
import { clockWords } from '../../../shared/time/london';

/** The chair as the profile holds them: letters name them and say how to reach them. */
export type Chair = Pick<Profile, 'name' | 'role' | 'organisation' | 'phone' | 'email'>;

/** What the meeting's documents (letters, invitations, the pack) are made from. */
export interface MeetingDocumentsProps {
  meeting: PlannedMeeting;
  family: FamilyRecord;
  area: AreaSettings;
  chair: Chair;
}

/** The letter's chair: a real person, never a placeholder (the screen asks for the details first). */
export function invitationChair(chair: Chair): InvitationChair {
  return {
    name: chair.name.trim(),
    role: chair.role.trim() || 'Lead professional',
    agency: chair.organisation.trim(),
    ...(chair.phone.trim() ? { phone: chair.phone.trim() } : {}),
    ...(chair.email.trim() ? { email: chair.email.trim() } : {}),
  };
}

export function invitationVenue(meeting: Pick<PlannedMeeting, 'place' | 'venue'>): InvitationVenue {
  if (meeting.place?.kind === 'home') return { kind: 'home', householdId: meeting.place.householdId };
  if (meeting.place?.kind === 'place') return { kind: 'place', name: meeting.place.name, address: meeting.place.address };
  return { kind: 'place', name: meeting.venue, address: '' };
}

/** "3:25pm" for minutes after midnight, as letters write times. */
const letterClock = (minutes: number) => clockWords({ hour: Math.floor(minutes / 60) % 24, minute: minutes % 60 }, 'letter');

/**
 * Which children come for which items: all, part (the items' titles, each with its time, so the
 * family knows when to bring the child) or not at all. A meeting planned before children were asked
 * about one by one goes by the agenda's ticks.
 */
export function childAttendance(meeting: Pick<PlannedMeeting, 'childAttends' | 'agenda'> & Partial<Pick<PlannedMeeting, 'childrenComing' | 'startsAt'>>, family: FamilyRecord): ChildAttendance[] {
  const stored = childrenAtMeeting({ childrenComing: meeting.childrenComing ?? null, agenda: meeting.agenda, startsAt: meeting.startsAt ?? '' });
  if (stored !== null) {
    return family.children.map((c): ChildAttendance => {
      const said = stored.find((s) => s.childId === c.id);
      if (said === undefined || said.comes === 'no') return { childId: c.id, attends: 'no' };
      if (said.comes === 'whole') return { childId: c.id, attends: 'all' };
      return { childId: c.id, attends: 'part', items: said.items.map((i) => `${i.title} (${letterClock(i.start)} to ${letterClock(i.end)})`) };
    });
  }
  const items = meeting.agenda?.items ?? [];
  const withChild = items.filter((i) => i.childAttends);
  return family.children.map((c): ChildAttendance => {
    if (!meeting.childAttends || (items.length > 0 && withChild.length === 0)) return { childId: c.id, attends: 'no' };
    if (withChild.length === items.length) return { childId: c.id, attends: 'all' };
    return { childId: c.id, attends: 'part', items: withChild.map((i) => i.title) };
  });
}

/** An action by name, as a letter lists it: "Leo sees the school nurse (Ana Ruiz)". */
export function actionName(action: Pick<Action, 'what' | 'ownerName'>): string {
  const what = action.what.trim().replace(/\s+/g, ' ');
  return action.ownerName.trim() === '' ? what : `${what} (${action.ownerName.trim()})`;
}

/** `actions`: the family's actions, so a review's agenda can list the open ones it looks at by name. */
export function invitationMeeting(meeting: PlannedMeeting, family: FamilyRecord, chair: Chair, actions: readonly Action[] = []): InvitationMeeting {
  const result: InvitationMeeting = {
    id: meeting.id,
    kind: meeting.kind,
    startsAt: meeting.startsAt,
    lengthMinutes: meeting.lengthMinutes,
    venue: invitationVenue(meeting),
    invitees: meeting.invitees.map((i) => ({ id: i.id, name: i.name, role: i.role, agency: i.agency, ...(i.email ? { email: i.email } : {}) })),
    agenda: (meeting.agenda?.items ?? []).map((i) => {
      const named = (i.actionIds ?? []).flatMap((id) => actions.filter((a) => a.id === id).map(actionName));
      return named.length > 0 ? { title: i.title, description: i.description, actions: named } : { title: i.title, description: i.description };
    }),
    children: childAttendance(meeting, family),
    chair: invitationChair(chair),
  };
  if (meeting.privacyNote) result.privacyNote = meeting.privacyNote;
  if (meeting.accessNote) result.accessNote = meeting.accessNote;
  return result;
}

/** "Ruiz-first-meeting-2026-12-03": a file name with nothing a file system refuses. */
export function fileStem(familyName: string, meeting: Pick<PlannedMeeting, 'kind' | 'startsAt'>, who: string): string {
  const safe = (s: string) =>
    [...s]
      .filter((ch) => ch.charCodeAt(0) >= 32 && !'\\/:*?"<>|'.includes(ch))
      .join('')
      .replace(/\s+/g, '-')
      .slice(0, 60);
  return `${safe(familyName)}-${meeting.kind}-meeting-${meeting.startsAt.slice(0, 10)}-${safe(who)}`;
}
