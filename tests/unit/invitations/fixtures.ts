/** A separated family (Mum's details hidden from Dad), a meeting at school, and the area. */
import { defaultAreaSettings, type AreaSettings } from '../../../shared/domain/area-settings';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import type { InvitationInput, InvitationMeeting } from '../../../shared/documents/invitation/types';
import { ids, separatedFamily } from '../shared/fixtures';

export { ids };

/** Everything about Mum that Dad must never see (separatedFamily's flag covers phone, email, address). */
export const MUM_SECRETS = ['12 Elm Road', 'Flat 3', 'LS1 4AP', 'Leeds', '07700 900123', '07700900123', '0113 496 0000', '01134960000', 'siobhan@example.org', "Mum's home", 'Mum&apos;s home'];

export const ids2 = { meeting: 'meeting-0001', nurse: 'prac-nurse-01', worker: 'prac-fsw-0001', send: 'prac-send-001' };

export const area: AreaSettings = { ...defaultAreaSettings, areaName: 'Kirkby' };

export function family(overrides: Partial<FamilyRecord> = {}): FamilyRecord {
  return { ...separatedFamily(), ...overrides };
}

export function meeting(overrides: Partial<InvitationMeeting> = {}): InvitationMeeting {
  return {
    id: ids2.meeting,
    kind: 'review',
    startsAt: '2026-12-03T16:00:00+00:00',
    lengthMinutes: 60,
    venue: { kind: 'place', name: 'Oak Lane Primary School, family room', address: 'Oak Lane, Bradford, BD5 0AA' },
    privacyNote: 'We will meet in a private room; nobody else will come in.',
    accessNote: 'There is step-free access through the side gate on Oak Lane.',
    invitees: [
      { id: ids.mum, name: 'Siobhán Ní Bhriain', role: 'Mum', agency: '' },
      { id: ids.dad, name: 'محمد حداد', role: 'Dad', agency: '', email: 'mohammed@example.org' },
      { id: ids2.nurse, name: 'Ștefan Rădulescu', role: "School nurse: looks after children's health in school", agency: 'Kirkby Community Health', email: 'stefan.radulescu@example.nhs.uk' },
      { id: ids2.send, name: 'Priya Shah', role: 'SENCO: helps children who need extra help with learning', agency: 'Oak Lane Primary', sendsReport: true },
    ],
    agenda: [
      { title: 'Welcome', description: 'Everyone says who they are and what they do.' },
      { title: 'How the plan is going', description: 'We look at each thing we agreed last time.' },
      { title: "Amir's views", description: 'What Amir has told us, in his own words.' },
    ],
    children: [
      { childId: ids.amir, attends: 'part', items: ["Amir's views"] },
      { childId: ids.layla, attends: 'no' },
    ],
    chair: { name: 'Sam Patel', role: 'Family support worker', agency: 'Kirkby Family Hub', phone: '01632 960 111', email: 'sam.patel@example.gov.uk' },
    anotherTime: { askBy: '2026-11-30', note: 'We can meet after 3:15pm, after the school run.' },
    ...overrides,
  };
}

export function letterInput(recipientId: string, overrides: Partial<InvitationInput> = {}): InvitationInput {
  return { family: family(), recipientId, meeting: meeting(), area, ...overrides };
}
