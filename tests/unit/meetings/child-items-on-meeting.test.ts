import { describe, expect, it } from 'vitest';
import { checkDraft, draftFromQuery, EMPTY_DRAFT, isMeetingDraft, suggestedChoice } from '../../../renderer/features/meetings/meeting-form';
import { childAttendance } from '../../../renderer/features/meetings/invitation-input';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import { readMeeting } from '../../../shared/domain/meeting';
import type { Agenda } from '../../../shared/domain/agenda';
import { childAtMeetingWords, childrenAtMeeting, choicesFromStored, storedChoices, withChildTicks } from '../../../shared/rules/child-attendance';

const family = {
  id: 'family0000000001',
  familyName: 'Ruiz family',
  households: [{ id: 'home000000000001', label: '', address: { line1: '1 Road', line2: '', town: 'Leeds', postcode: 'LS1 1AA' }, phone: '', carerIds: [], childIds: [] }],
  carers: [{ id: 'mum0000000000001', name: 'Ana Ruiz', relationship: 'Mum', email: '' }],
  children: [
    { id: 'leo0000000000001', name: 'Leo Ruiz', preferredName: '', email: '' },
    { id: 'mia0000000000001', name: 'Mia Ruiz', preferredName: '', email: '' },
  ],
} as unknown as FamilyRecord;

const item = (id: string, title: string, minutes: number) => ({ id, title, description: '', minutes, childAttends: false, kind: 'standard' as const });
// At 10:00: welcome 10:00 to 10:10, worries to 10:20, Leo's views to 10:35, the plan to 11:05.
const AGENDA: Agenda = { meetingKind: 'first', items: [item('item-welcome', 'Welcome', 10), item('item-worries', 'Worries', 10), item('item-views', "Leo's views", 15), item('item-plan', 'The plan', 30)] };
const meeting = {
  id: 'meeting000000001',
  familyId: 'family0000000001',
  kind: 'first' as const,
  startsAt: '2026-12-03T10:00:00+00:00[Europe/London]',
  lengthMinutes: 65,
  venue: 'Oak Primary',
  notes: '',
  createdAt: '2026-11-01T09:00:00Z',
  updatedAt: '2026-11-01T09:00:00Z',
};

describe('the children’s answers stored on a meeting', () => {
  it('reads an older meeting without them as before: null, so the yes or no and the agenda ticks count', () => {
    const old = readMeeting({ ...meeting, childAttends: true, agenda: AGENDA });
    expect(old?.childrenComing).toBeNull();
    if (old === null) throw new Error('not read');
    expect(childrenAtMeeting(old)).toBeNull();
    expect(childAttendance(old, family)).toEqual([
      { childId: 'leo0000000000001', attends: 'no' },
      { childId: 'mia0000000000001', attends: 'no' },
    ]);
  });

  it('stores item numbers as the agenda’s item ids, and reads them back as numbers after the agenda is reordered', () => {
    const stored = storedChoices({ leo0000000000001: { comes: 'items', items: [3] }, mia0000000000001: { comes: 'whole', items: [] } }, ['leo0000000000001', 'mia0000000000001'], AGENDA);
    expect(stored).toEqual([
      { childId: 'leo0000000000001', comes: 'items', itemIds: ['item-views'] },
      { childId: 'mia0000000000001', comes: 'whole', itemIds: [] },
    ]);
    const reordered = { ...AGENDA, items: [AGENDA.items[2], AGENDA.items[0], AGENDA.items[1], AGENDA.items[3]].filter((i) => i !== undefined) };
    expect(choicesFromStored(stored, reordered)).toEqual({ leo0000000000001: { comes: 'items', items: [1] }, mia0000000000001: { comes: 'whole', items: [] } });
    // A child not answered does not come; "some items" with none that exist is "no".
    expect(storedChoices({ leo0000000000001: { comes: 'items', items: [9] } }, ['leo0000000000001', 'mia0000000000001'], AGENDA).map((c) => c.comes)).toEqual(['no', 'no']);
  });

  it('ticks on the agenda the items any child comes for', () => {
    const onlyViews = withChildTicks(AGENDA, [{ childId: 'leo0000000000001', comes: 'items', itemIds: ['item-views'] }]);
    expect(onlyViews.items.map((i) => i.childAttends)).toEqual([false, false, true, false]);
    expect(withChildTicks(AGENDA, [{ childId: 'mia0000000000001', comes: 'whole', itemIds: [] }]).items.every((i) => i.childAttends)).toBe(true);
  });

  it('says on the meeting page and in the letter when each child comes', () => {
    const planned = readMeeting({
      ...meeting,
      childAttends: true,
      agenda: AGENDA,
      childrenComing: [
        { childId: 'leo0000000000001', comes: 'items', itemIds: ['item-views'] },
        { childId: 'mia0000000000001', comes: 'no', itemIds: [] },
      ],
    });
    if (planned === null) throw new Error('not read');
    const children = childrenAtMeeting(planned) ?? [];
    expect(children.map((c, i) => childAtMeetingWords(['Leo Ruiz', 'Mia Ruiz'][i] ?? '', c))).toEqual([
      "Leo Ruiz comes for: 3. Leo's views (10:20 to 10:35)",
      'Mia Ruiz is not coming',
    ]);
    expect(childAttendance(planned, family)).toEqual([
      { childId: 'leo0000000000001', attends: 'part', items: ["Leo's views (10:20am to 10:35am)"] },
      { childId: 'mia0000000000001', attends: 'no' },
    ]);
  });
});

describe('the meeting form’s children', () => {
  const base = { ...EMPTY_DRAFT, kind: 'first' as const, length: '90', date: '03/12/2026', time: '16:00', venueKind: 'place' as const, placeName: 'Oak Primary', invitees: ['mum0000000000001'] };

  it('opens with each child\'s answer a "find a time" link carried', () => {
    const draft = draftFromQuery(new URLSearchParams('children=leo0000000000001%3A3.11%2Cmia0000000000001%3Ano&childAttends=true&invitees=mum0000000000001,leo0000000000001'));
    expect(draft.childChoices).toEqual({ leo0000000000001: { comes: 'items', items: [3, 11] }, mia0000000000001: { comes: 'no', items: [] } });
    expect(isMeetingDraft(draft)).toBe(true);
    // A draft saved before children were asked about one by one is still a draft.
    const { childChoices: _, ...older } = draft;
    expect(isMeetingDraft(older)).toBe(true);
    expect(isMeetingDraft({ ...draft, childChoices: { leo0000000000001: { comes: 'sometimes', items: [] } } })).toBe(false);
  });

  it('needs at least one item for "Only some items", with the message at that child’s item list', () => {
    const result = checkDraft({ ...base, childAttends: 'yes', childChoices: { leo0000000000001: { comes: 'items', items: [] } } }, family, []);
    expect(result).toEqual({ ok: false, errors: [{ fieldId: 'meeting-child-leo0000000000001-items', message: 'Choose at least one item Leo Ruiz comes for, or choose "The whole meeting"' }] });
  });

  it('gives every child an answer: the whole meeting unless said, and no one when the child is not coming', () => {
    const coming = checkDraft({ ...base, childAttends: 'yes', childChoices: { leo0000000000001: { comes: 'items', items: [3] } } }, family, []);
    expect(coming.ok && coming.value.childChoices).toEqual({ leo0000000000001: { comes: 'items', items: [3] }, mia0000000000001: { comes: 'whole', items: [] } });
    const not = checkDraft({ ...base, childAttends: 'no', childChoices: { leo0000000000001: { comes: 'items', items: [] } } }, family, []);
    expect(not.ok && not.value.childChoices).toEqual({ leo0000000000001: { comes: 'no', items: [] }, mia0000000000001: { comes: 'no', items: [] } });
  });

  it('offers a child who comes the items the template marks as right for a child, not the worries', () => {
    const template = [true, false, true, true].map((childCanAttend) => ({ childCanAttend }));
    expect(suggestedChoice(template)).toEqual({ comes: 'items', items: [1, 3, 4] });
    expect(suggestedChoice(template.map(() => ({ childCanAttend: true })))).toEqual({ comes: 'whole', items: [] });
    expect(suggestedChoice(template.map(() => ({ childCanAttend: false })))).toEqual({ comes: 'whole', items: [] });
    const coming = checkDraft({ ...base, childAttends: 'yes', childChoices: { leo0000000000001: { comes: 'whole', items: [] } } }, family, [], template);
    expect(coming.ok && coming.value.childChoices).toEqual({ leo0000000000001: { comes: 'whole', items: [] }, mia0000000000001: { comes: 'items', items: [1, 3, 4] } });
  });
});
