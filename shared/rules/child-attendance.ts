/**
 * Which agenda items each child comes for, and when, as the meeting page and the family's letter
 * say it: "Leo Ruiz comes for: 3. The child's voice (10:20 to 10:35)".
 */
import type { Agenda } from '../domain/agenda';
import type { ChildChoice, ChildComes, ChildComing } from '../domain/child-coming';
import { londonTime } from '../time/london';
import { itemOffsets } from './child-items';
import { minutesToClock } from './clock';

export interface ChildItemTime {
  /** The item's place on the agenda, from 1. */
  number: number;
  title: string;
  /** Minutes after midnight in England. */
  start: number;
  end: number;
}

export interface ChildAtMeeting {
  childId: string;
  comes: ChildComes;
  /** With 'items': the items they come for, in agenda order, each with its time. */
  items: ChildItemTime[];
}

/**
 * Each child's answer with the times of their items, from the meeting's own agenda (items
 * taken off it since are left out). Null for a meeting planned before children were asked about
 * one by one: it reads as it always did.
 */
export function childrenAtMeeting(
  meeting: { readonly childrenComing: readonly ChildComing[] | null; readonly agenda: Agenda | null; readonly startsAt: string },
): ChildAtMeeting[] | null {
  if (meeting.childrenComing === null) return null;
  const items = meeting.agenda?.items ?? [];
  const offsets = itemOffsets(items);
  let startMinute = 0;
  try {
    const t = londonTime(meeting.startsAt);
    startMinute = t.hour * 60 + t.minute;
  } catch {
    // Not a time: the items keep their order, with times from midnight (a stored meeting always has one).
  }
  return meeting.childrenComing.map((c) => ({
    childId: c.childId,
    comes: c.comes,
    items:
      c.comes !== 'items'
        ? []
        : items.flatMap((item, i) => {
            const [from, to] = offsets[i] ?? [0, 0];
            return c.itemIds.includes(item.id) ? [{ number: i + 1, title: item.title, start: startMinute + from, end: startMinute + to }] : [];
          }),
  }));
}

/**
 * The answers to store, made from the choices on the form: item numbers become the ids of the
 * agenda's items, so moving an item later keeps the child with it.
 */
export function storedChoices(choices: Readonly<Record<string, ChildChoice>>, childIds: readonly string[], agenda: Pick<Agenda, 'items'>): ChildComing[] {
  return childIds.map((childId) => {
    const choice = choices[childId] ?? { comes: 'no' as const, items: [] };
    const itemIds = choice.comes === 'items' ? choice.items.flatMap((n) => agenda.items[n - 1]?.id ?? []) : [];
    return { childId, comes: choice.comes === 'items' && itemIds.length === 0 ? 'no' : choice.comes, itemIds };
  });
}

/** The form's choices back from what is stored: item ids become their numbers on the agenda now. */
export function choicesFromStored(stored: readonly ChildComing[], agenda: Pick<Agenda, 'items'> | null): Record<string, ChildChoice> {
  const ids = (agenda?.items ?? []).map((i) => i.id);
  return Object.fromEntries(
    stored.map((c) => [c.childId, { comes: c.comes, items: c.itemIds.flatMap((id) => (ids.includes(id) ? [ids.indexOf(id) + 1] : [])).sort((a, b) => a - b) }]),
  );
}

/** The agenda's "child is there" ticks that follow from the answers: an item is ticked when any child comes for it. */
export function withChildTicks(agenda: Agenda, stored: readonly ChildComing[]): Agenda {
  const whole = stored.some((c) => c.comes === 'whole');
  const chosen = new Set(stored.flatMap((c) => (c.comes === 'items' ? c.itemIds : [])));
  return { ...agenda, items: agenda.items.map((i) => ({ ...i, childAttends: whole || chosen.has(i.id) })) };
}

/** "3. The child's voice (10:20 to 10:35)", with the times as `clock` writes minutes after midnight. */
export function itemTimeWords(item: ChildItemTime, clock: (minutes: number) => string): string {
  return `${item.number}. ${item.title} (${clock(item.start)} to ${clock(item.end)})`;
}

/** "Leo Ruiz comes for: 3. The child's voice (10:20 to 10:35)", "… comes for the whole meeting" or "… is not coming". */
export function childAtMeetingWords(name: string, child: ChildAtMeeting): string {
  if (child.comes === 'no') return `${name} is not coming`;
  if (child.comes === 'whole') return `${name} comes for the whole meeting`;
  if (child.items.length === 0) return `${name} comes for some items, but they are no longer on the agenda`;
  return `${name} comes for: ${child.items.map((i) => itemTimeWords(i, minutesToClock)).join('; ')}`;
}
