import { describe, expect, it } from 'vitest';
import type { AgendaTemplate } from '../../../shared/domain/agenda';
import { defaultAgendaTemplates, parseAgendaTemplate } from '../../../shared/domain/agenda-templates';
import { addTemplateItem, moveTemplateItem, removeTemplateItem, restoreTemplateItem, setTemplateItemMinutes, type TemplateEdit } from '../../../shared/rules/agenda-template-edits';

const shipped = defaultAgendaTemplates();
const titles = (t: AgendaTemplate) => t.items.map((i) => i.title);
function ok(edit: TemplateEdit): AgendaTemplate {
  if (!edit.ok) throw new Error(edit.message);
  // Every edit gives a template that loads as a template file would.
  expect(parseAgendaTemplate(edit.template, edit.template.meetingKind).ok).toBe(true);
  return edit.template;
}

describe('editing an agenda template', () => {
  it('adds an item at the end, and the length follows the total', () => {
    const first = shipped.first;
    const edit = addTemplateItem(first, { title: '  Getting to school ', description: 'How mornings can go better', minutes: '15', childCanAttend: true });
    const next = ok(edit);
    expect(edit.ok && edit.index).toBe(first.items.length);
    expect(next.items.at(-1)).toEqual({ title: 'Getting to school', description: 'How mornings can go better', minutes: 15, childCanAttend: true, role: 'standard' });
    expect(next.lengthMinutes).toBe(first.lengthMinutes + 15);
  });

  it('refuses an item with no title, no description or minutes that are not a whole number, naming the field', () => {
    const base = { title: 'Housing', description: 'Where the family lives', minutes: '10', childCanAttend: false };
    expect(addTemplateItem(shipped.first, { ...base, title: ' ' })).toEqual({ ok: false, field: 'title', message: 'Enter a title for the item' });
    expect(addTemplateItem(shipped.first, { ...base, description: '' })).toMatchObject({ ok: false, field: 'description' });
    expect(addTemplateItem(shipped.first, { ...base, minutes: '10.5' })).toEqual({ ok: false, field: 'minutes', message: 'The minutes must be a whole number from 0 to 240' });
    expect(addTemplateItem(shipped.first, { ...base, minutes: '241' })).toMatchObject({ ok: false, field: 'minutes' });
  });

  it('refuses an agenda longer than 8 hours', () => {
    let t = shipped.first;
    for (let i = 0; i < 2; i++) t = ok(addTemplateItem(t, { title: `Long ${i}`, description: 'Long', minutes: '180', childCanAttend: false }));
    const edit = setTemplateItemMinutes(t, 0, '240');
    expect(edit).toMatchObject({ ok: false, field: 'minutes' });
    const total = t.lengthMinutes - (t.items[0]?.minutes ?? 0) + 240;
    expect(!edit.ok && edit.message).toBe(`The items would add up to ${Math.floor(total / 60)} hours ${total % 60} minutes: an agenda can be 8 hours at most`);
    // Just at 8 hours is allowed.
    expect(ok(setTemplateItemMinutes(t, 0, String(480 - t.lengthMinutes + (t.items[0]?.minutes ?? 0)))).lengthMinutes).toBe(480);
  });

  it('moves an item up and down; at either end it stays', () => {
    const first = shipped.first;
    const down = moveTemplateItem(first, 0, 'down');
    expect(titles(ok(down)).slice(0, 2)).toEqual([first.items[1]?.title, first.items[0]?.title]);
    expect(down.ok && down.index).toBe(1);
    expect(ok(moveTemplateItem(first, 0, 'up'))).toBe(first);
    expect(ok(moveTemplateItem(first, first.items.length - 1, 'down'))).toBe(first);
    expect(moveTemplateItem(first, 99, 'up')).toMatchObject({ ok: false, field: 'item' });
  });

  it('times an item, and the length follows', () => {
    const next = ok(setTemplateItemMinutes(shipped.first, 1, ' 20 '));
    expect(next.items[1]?.minutes).toBe(20);
    expect(next.lengthMinutes).toBe(shipped.first.lengthMinutes + 20 - (shipped.first.items[1]?.minutes ?? 0));
    expect(setTemplateItemMinutes(shipped.first, 1, 'ten')).toMatchObject({ ok: false, field: 'minutes' });
  });

  it('removes an item and undo puts it back exactly where it was', () => {
    const first = shipped.first;
    const removed = first.items[3];
    if (!removed) throw new Error('no item');
    const without = ok(removeTemplateItem(first, 3));
    expect(titles(without)).not.toContain(removed.title);
    expect(ok(restoreTemplateItem(without, removed, 3))).toEqual(first);
    // After the list got shorter, undo puts it at the end.
    const short = ok(removeTemplateItem(ok(removeTemplateItem(without, 0)), 0));
    expect(ok(restoreTemplateItem(short, removed, 50)).items.at(-1)).toEqual(removed);
  });

  it('keeps at least one item, and a review keeps the item where the last plan’s actions are looked at', () => {
    let t = shipped['pre-meeting'];
    while (t.items.length > 1) t = ok(removeTemplateItem(t, 0));
    expect(removeTemplateItem(t, 0)).toMatchObject({ ok: false, field: 'item', message: 'An agenda needs at least one item: add another before taking this one off' });
    const review = shipped.review;
    const at = review.items.findIndex((i) => i.role === 'action-review');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(removeTemplateItem(review, at)).toMatchObject({ ok: false, field: 'item', message: expect.stringMatching(/^A review meeting needs “.+”: it is where the last plan’s open actions are looked at$/) as unknown });
  });

  it('a short agenda is still booked for 15 minutes at least', () => {
    let t = shipped['pre-meeting'];
    while (t.items.length > 1) t = ok(removeTemplateItem(t, 0));
    t = ok(setTemplateItemMinutes(t, 0, '5'));
    expect(t.lengthMinutes).toBe(15);
  });
});
