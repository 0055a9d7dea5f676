/** Notes typed under an agenda item reach the section of the minutes that item is about. */
import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../../shared/domain/agenda';
import type { MinutesContent, MinutesSectionId } from '../../../shared/domain/minutes';
import { minutesContent } from '../../../shared/minutes/content';
import { input, meeting, record } from './fixtures';

const item = (id: string, title: string, over: Partial<AgendaItem> = {}): AgendaItem => ({ id, title, description: '', minutes: 5, childAttends: false, kind: 'standard', ...over });

const agendaItems = [
  item('item-welcome-0', 'Welcome and introductions'),
  item('item-why-0', 'Why we are meeting, and what is shared'),
  item('item-review-0', 'Review of the last plan’s actions', { kind: 'action-review', actionIds: [] }),
  item('item-worries-0', 'What we are worried about'),
  item('item-updates-0', 'Updates from each service'),
  item('item-scale-0', 'How worried are we?'),
  item('item-next-0', 'The next meeting'),
  item('item-own-0', 'Football club', { kind: 'added' }),
];
const notes = (itemId: string, text: string) => ({ itemId, notes: text, secondsTaken: 0, runningSince: null });

const content = minutesContent(
  input({
    meeting: meeting({ agenda: { meetingKind: 'review', items: agendaItems } }),
    record: record({
      itemNotes: [
        notes('item-welcome-0', 'Rosa came with Ana.'),
        notes('item-why-0', 'Ana agreed that school and health can share.'),
        notes('item-review-0', 'Most actions are done.'),
        notes('item-worries-0', 'Mondays are hard.'),
        notes('item-updates-0', 'School: attendance is up.'),
        notes('item-scale-0', 'Everyone scored between 5 and 7.'),
        notes('item-next-0', 'Same room next time.'),
        notes('item-own-0', 'Leo plays on Saturdays.'),
        notes('gone-item-0', 'Said under an item later taken off.'),
      ],
    }),
  }),
);
const text = (c: MinutesContent, id: MinutesSectionId) => JSON.stringify(c.sections.find((s) => s.id === id)?.blocks ?? []);
const familyText = (c: MinutesContent, id: MinutesSectionId) => JSON.stringify(c.sections.find((s) => s.id === id)?.familyBlocks ?? []);

describe('notes go to the section of the item they were typed under', () => {
  it.each([
    ['Rosa came with Ana.', 'attendance'],
    ['Ana agreed that school and health can share.', 'confidentiality'],
    ['Most actions are done.', 'earlier-actions'],
    ['Mondays are hard.', 'worries'],
    ['School: attendance is up.', 'updates'],
    ['Everyone scored between 5 and 7.', 'scaling'],
    ['Same room next time.', 'next-review'],
    ['Leo plays on Saturdays.', 'updates'],
    ['Said under an item later taken off.', 'updates'],
  ] as const)('%j is in %s and in no other section', (words, id) => {
    expect(text(content, id)).toContain(words);
    expect(familyText(content, id)).toContain(words);
    const elsewhere = content.sections.filter((s) => s.id !== id && JSON.stringify(s.blocks).includes(words)).map((s) => s.id);
    expect(elsewhere).toEqual([]);
  });

  it('welcome notes are not under "Updates" (the bug in issue 16)', () => {
    expect(text(content, 'updates')).not.toContain('Rosa came with Ana.');
  });

  it('each item’s notes sit under its title, after what the section records itself', () => {
    const worries = content.sections.find((s) => s.id === 'worries')?.blocks ?? [];
    expect(worries[0]?.kind).toBe('list');
    expect(worries[1]).toMatchObject({ kind: 'heading', level: 3, text: 'What we are worried about' });
    expect(JSON.stringify(worries[2])).toContain('Mondays are hard.');
  });

  it('a section with only notes no longer says nothing was recorded', () => {
    const bare = minutesContent(
      input({
        meeting: meeting({ agenda: { meetingKind: 'review', items: agendaItems } }),
        record: record({ itemNotes: [notes('item-scale-0', 'We ran out of time for scores.')], scaling: [] }),
      }),
    );
    const scaling = text(bare, 'scaling');
    expect(scaling).toContain('We ran out of time for scores.');
    expect(scaling).not.toContain('Nothing was written down');
  });
});
