/** From the path's "find a time" to the meeting form: no date first, and the kind of meeting carried through. */
import { describe, expect, test } from 'vitest';
import { draftFromQuery } from '../../../renderer/features/meetings/meeting-form';
import { pathHref } from '../../../renderer/features/path/path-href';
import { meetingLink } from '../../../renderer/features/timetable/find-a-time';

describe('planning a meeting from the path', () => {
  test('the path opens the finder for the family, with the kind of meeting and no date', () => {
    expect(pathHref({ screen: 'find-a-time', familyId: 'family000001', kind: 'review' })).toBe('/families/family000001/find-a-time?kind=review');
  });

  test('the chosen slot opens the meeting form with its time and the kind already chosen', () => {
    const link = meetingLink('family000001', { start: '2026-12-03T16:00:00+00:00' }, 60, false, ['a1'], 'first');
    const draft = draftFromQuery(new URLSearchParams(link.split('?')[1]));
    expect(draft).toMatchObject({ kind: 'first', date: '03/12/2026', time: '16:00', length: '60', childAttends: 'no', invitees: ['a1'] });
  });

  test('a kind that is not a meeting kind is ignored', () => {
    expect(draftFromQuery(new URLSearchParams('kind=party')).kind).toBe('');
  });
});
