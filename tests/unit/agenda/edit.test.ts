import { describe, expect, test } from 'vitest';
import { totalMinutes } from '../../../shared/domain/agenda';
import { addItem, moveItem, removeItem, setChildAttends, setMinutes } from '../../../shared/rules/agenda';
import { action, reviewAgenda, reviewItemId } from './fixtures';

const titles = (a: { items: { title: string }[] }) => a.items.map((i) => i.title);

describe('changing an agenda', () => {
  test('moving up and down swaps neighbours; the ends and unknown ids change nothing', () => {
    const agenda = reviewAgenda();
    const [first, second] = agenda.items;
    const moved = moveItem(agenda, second!.id, 'up');
    expect(moved.items.slice(0, 2).map((i) => i.id)).toEqual([second!.id, first!.id]);
    expect(moveItem(moved, second!.id, 'down').items).toEqual(agenda.items);
    expect(moveItem(agenda, first!.id, 'up')).toBe(agenda);
    expect(moveItem(agenda, agenda.items.at(-1)!.id, 'down')).toBe(agenda);
    expect(moveItem(agenda, 'not-an-item', 'down')).toBe(agenda);
    expect(agenda.items[0]).toBe(first); // the original is untouched
  });

  test('adding an item after another, or at the end', () => {
    const agenda = reviewAgenda();
    const afterId = agenda.items[0]!.id;
    const added = addItem(agenda, { id: 'added-000001', title: '  Housing update\n', minutes: 10, childAttends: false }, afterId);
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    expect(added.agenda.items[1]).toEqual({ id: 'added-000001', title: 'Housing update', description: '', minutes: 10, childAttends: false, kind: 'added' });
    expect(totalMinutes(added.agenda)).toBe(totalMinutes(agenda) + 10);
    const atEnd = addItem(agenda, { id: 'added-000002', title: 'Leo\'s views', minutes: 5, childAttends: true });
    expect(atEnd.ok && atEnd.agenda.items.at(-1)?.id).toBe('added-000002');
  });

  test('adding refuses bad input with a plain message', () => {
    const agenda = reviewAgenda();
    const base = { id: 'added-000001', title: 'Housing', minutes: 10, childAttends: false };
    expect(addItem(agenda, { ...base, title: ' ' })).toEqual({ ok: false, message: 'The title is empty' });
    expect(addItem(agenda, { ...base, minutes: 241 })).toEqual({ ok: false, message: 'The minutes must be a whole number from 0 to 240' });
    expect(addItem(agenda, { ...base, id: agenda.items[0]!.id })).toEqual({ ok: false, message: 'That item is already on the agenda' });
    expect(addItem(agenda, base, 'gone-000001')).toEqual({ ok: false, message: 'The item to add it after is no longer on the agenda' });
  });

  test('removing an item', () => {
    const agenda = reviewAgenda();
    const target = agenda.items[4]!;
    const removed = removeItem(agenda, target.id);
    expect(removed.ok && titles(removed.agenda)).toEqual(titles(agenda).filter((t) => t !== target.title));
    expect(removeItem(agenda, 'gone-000001')).toEqual({ ok: false, message: 'That item is no longer on the agenda' });
  });

  test('the action-review item cannot be removed while it has open actions', () => {
    const agenda = reviewAgenda([action('action-open-1', 'in-progress', '2026-10-01'), action('action-open-2', 'not-started', null)]);
    const result = removeItem(agenda, reviewItemId(agenda));
    expect(result).toEqual({
      ok: false,
      message: '"Review of the last plan\'s actions" cannot be removed: 2 actions from the last plan are still open and must be looked at in this meeting',
    });
    const one = reviewAgenda([action('action-open-1', 'in-progress', null)]);
    expect(removeItem(one, reviewItemId(one))).toMatchObject({ ok: false, message: expect.stringContaining('1 action from the last plan is still open') as string });
  });

  test('with no open actions the action-review item can be removed', () => {
    const agenda = reviewAgenda([action('action-done-01', 'done', null)]);
    const result = removeItem(agenda, reviewItemId(agenda));
    expect(result.ok && result.agenda.items.some((i) => i.kind === 'action-review')).toBe(false);
  });

  test('setting minutes', () => {
    const agenda = reviewAgenda();
    const id = agenda.items[0]!.id;
    const set = setMinutes(agenda, id, 20);
    expect(set.ok && set.agenda.items[0]?.minutes).toBe(20);
    expect(set.ok && totalMinutes(set.agenda)).toBe(totalMinutes(agenda) + 15);
    expect(setMinutes(agenda, id, 0).ok).toBe(true);
    expect(setMinutes(agenda, id, -5)).toEqual({ ok: false, message: 'The minutes must be a whole number from 0 to 240' });
    expect(setMinutes(agenda, id, 2.5).ok).toBe(false);
    expect(setMinutes(agenda, 'gone-000001', 5).ok).toBe(false);
  });

  test('setting whether the child attends an item', () => {
    const agenda = reviewAgenda();
    const worries = agenda.items.find((i) => i.title === 'What we are worried about')!;
    expect(setChildAttends(agenda, worries.id, true).items.find((i) => i.id === worries.id)?.childAttends).toBe(true);
    expect(setChildAttends(agenda, 'gone-000001', true)).toBe(agenda);
  });
});
