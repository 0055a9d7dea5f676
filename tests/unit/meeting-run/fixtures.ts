import { meetingSchema, type MeetingInvitee, type PlannedMeeting } from '../../../shared/domain/meeting';
import type { AgendaItem } from '../../../shared/domain/agenda';

export const mum: MeetingInvitee = { kind: 'family', id: 'carer-000001', name: 'Ana Ruiz', role: 'Mum', agency: '', email: '' };
export const leo: MeetingInvitee = { kind: 'family', id: 'child-000001', name: 'Leo', role: 'Child or young person', agency: '', email: '' };
export const nurse: MeetingInvitee = { kind: 'practitioner', id: 'pract-000001', name: 'Sam Lee', role: 'School nurse', agency: 'NHS', email: '' };
export const people = { childIds: [leo.id] };

export function item(id: string, title: string, minutes = 10): AgendaItem {
  return { id, title, description: '', minutes, childAttends: false, kind: 'standard' };
}

export function meeting(over: Partial<PlannedMeeting> = {}): PlannedMeeting {
  return meetingSchema.parse({
    id: 'meeting-0001',
    familyId: 'family-0001',
    kind: 'first',
    startsAt: '2026-12-03T16:00:00+00:00[Europe/London]',
    lengthMinutes: 60,
    venue: 'Oakfield Academy',
    notes: '',
    createdAt: '2026-11-20T09:00:00.000Z',
    updatedAt: '2026-11-20T09:00:00.000Z',
    invitees: [nurse, mum, leo],
    agenda: { meetingKind: 'first', items: [item('item-welcome', 'Welcome'), item('item-voice', "The child's voice", 15), item('item-plan', 'What needs to happen', 20)] },
    ...over,
  });
}
