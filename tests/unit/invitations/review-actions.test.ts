/** A review meeting's invitation lists the open actions it looks at, by name, in the letter and the calendar file. */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { meetingIcs } from '../../../shared/calendar/ics';
import type { Action } from '../../../shared/domain/action';
import type { PlannedMeeting } from '../../../shared/domain/meeting';
import { renderDocx } from '../../../shared/documents/render-docx';
import { invitationLetter } from '../../../shared/documents/invitation/letter';
import { actionName, invitationMeeting } from '../../../renderer/features/meetings/invitation-input';
import { area, family, ids, letterInput, meeting } from './fixtures';
import { wordText } from './read-back';

const action = (id: string, what: string, ownerName: string): Action => ({
  id,
  familyId: 'family-0001',
  meetingId: 'meeting-0000',
  childId: null,
  what,
  ownerName,
  dueDate: null,
  howWeWillKnow: '',
  status: 'in-progress',
  note: '',
  createdAt: '2026-10-01T10:00:00Z',
  updatedAt: '2026-10-01T10:00:00Z',
});

const OPEN = [action('action-00001', 'Amir sees the school nurse about sleep', 'Ștefan Rădulescu'), action('action-00002', 'Find a breakfast club', '')];

const reviewAgenda = [
  { title: 'Welcome', description: 'Everyone says who they are.' },
  { title: "Review of the last plan's actions", description: 'We look at each thing we agreed last time.', actions: OPEN.map(actionName) },
];

describe("a review's open actions, by name", () => {
  it('are taken from the agenda item that reviews them', () => {
    const planned = {
      id: 'meeting-0001',
      familyId: 'family-0001',
      kind: 'review',
      startsAt: '2026-12-03T16:00:00+00:00',
      lengthMinutes: 60,
      venue: 'School',
      place: { kind: 'place', name: 'School', address: '' },
      privacyNote: '',
      accessNote: '',
      childAttends: false,
      invitees: [],
      agenda: {
        meetingKind: 'review',
        items: [
          { id: 'item-0000001', title: 'Welcome', description: '', minutes: 5, childAttends: false, kind: 'standard' },
          { id: 'item-0000002', title: 'Review', description: '', minutes: 20, childAttends: false, kind: 'action-review', actionIds: ['action-00002', 'action-00001', 'action-gone'] },
        ],
      },
    } as unknown as PlannedMeeting;
    const chair = { name: 'Sam Patel', role: '', organisation: '', phone: '01632 960 111', email: '' };
    const built = invitationMeeting(planned, family(), chair, OPEN);
    expect(built.agenda[0]?.actions).toBeUndefined();
    expect(built.agenda[1]?.actions).toEqual(['Find a breakfast club', 'Amir sees the school nurse about sleep (Ștefan Rădulescu)']);
  });

  it("are listed under the item in the family's letter", async () => {
    const text = await wordText(await renderDocx(invitationLetter(letterInput(ids.mum, { meeting: meeting({ agenda: reviewAgenda }) }), { today: '2026-11-20' })));
    expect(text).toContain('Amir sees the school nurse about sleep (Ștefan Rădulescu)');
    expect(text).toContain('Find a breakfast club');
  });

  it('are listed in the calendar invitation', () => {
    const ics = meetingIcs({ family: family(), meeting: meeting({ agenda: reviewAgenda }), area, inviteeId: ids.mum, sequence: 0, status: 'confirmed', stamp: '2026-11-20T10:00:00Z' });
    const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent');
    const description = String(vevent?.getFirstPropertyValue('description'));
    expect(description).toContain("2. Review of the last plan's actions: We look at each thing we agreed last time.\n   - Amir sees the school nurse about sleep (Ștefan Rădulescu)\n   - Find a breakfast club");
  });
});
