/**
 * When a child who comes for some agenda items is in the room: each item's time inside the
 * meeting follows from the items' lengths in order. Pure, so the finder, the typed-time check,
 * the meeting page and the letters all say the same thing.
 */
import { andList } from '../words/list';
import { minutesToClock } from './clock';
import type { ChildChoice } from '../domain/child-coming';

/** Part of a meeting a person is there for. */
export interface PartOfMeeting {
  /** Agenda item numbers, from 1, in order: [3]. */
  items: readonly number[];
  /** Minutes after the start when they are in the room, in order, not touching: [[20, 35]]. */
  windows: ReadonlyArray<readonly [number, number]>;
}

/** Each item's [from, to) in minutes after the start, from the lengths in order. */
export function itemOffsets(items: readonly { readonly minutes: number }[]): Array<readonly [number, number]> {
  let at = 0;
  return items.map((i) => {
    const span = [at, at + i.minutes] as const;
    at += i.minutes;
    return span;
  });
}

/**
 * The part of a meeting `lengthMinutes` long that someone coming for `numbers` is there for. Items
 * next to each other make one window; anything past the meeting's end is cut off. Unknown or
 * repeated numbers are left out.
 */
export function partOfMeeting(items: readonly { readonly minutes: number }[], numbers: readonly number[], lengthMinutes: number): PartOfMeeting {
  const offsets = itemOffsets(items);
  const chosen = [...new Set(numbers)].filter((n) => Number.isInteger(n) && n >= 1 && n <= items.length).sort((a, b) => a - b);
  const windows: Array<[number, number]> = [];
  for (const n of chosen) {
    const [from, to] = offsets[n - 1] ?? [0, 0];
    const end = Math.min(to, lengthMinutes);
    if (end <= from) continue;
    const last = windows[windows.length - 1];
    if (last !== undefined && last[1] >= from) last[1] = Math.max(last[1], end);
    else windows.push([from, end]);
  }
  return { items: chosen, windows };
}

/** "item 3" or "items 1 and 3". */
export function itemNumbersWords(numbers: readonly number[]): string {
  return numbers.length === 1 ? `item ${numbers[0]}` : `items ${andList(numbers.map(String))}`;
}

/** "10:20 to 10:35" (and "…, 11:00 to 11:10" for a second window), for a meeting starting `startMinute` after midnight. */
export function windowsWords(part: PartOfMeeting, startMinute: number): string {
  return andList(part.windows.map(([from, to]) => `${minutesToClock(startMinute + from)} to ${minutesToClock(startMinute + to)}`));
}

/** "Leo comes for item 3 only, 10:20 to 10:35." */
export function partReason(name: string, part: PartOfMeeting, startMinute: number): string {
  if (part.windows.length === 0) return `${name} comes for ${itemNumbersWords(part.items)} only, which the meeting ends before.`;
  return `${name} comes for ${itemNumbersWords(part.items)} only, ${windowsWords(part, startMinute)}.`;
}

/** The children who come and the part each is there for (none: the whole meeting), from the choices made child by child. */
export function childParts(
  choices: Readonly<Record<string, ChildChoice>>,
  items: readonly { readonly minutes: number }[],
  lengthMinutes: number,
): { coming: string[]; parts: Record<string, PartOfMeeting> } {
  const coming: string[] = [];
  const parts: Record<string, PartOfMeeting> = {};
  for (const [childId, choice] of Object.entries(choices)) {
    if (choice.comes === 'no') continue;
    coming.push(childId);
    if (choice.comes === 'items') parts[childId] = partOfMeeting(items, choice.items, lengthMinutes);
  }
  return { coming, parts };
}

/** A choice that can be used: "Only some items" needs at least one item. */
export function choiceProblem(choice: ChildChoice | undefined, name: string): string | null {
  return choice?.comes === 'items' && choice.items.length === 0 ? `Choose at least one item ${name} comes for, or choose "The whole meeting"` : null;
}

/** "leo:3.11,mia:whole,sam:no" for an address: each child's answer, those coming for some items with their item numbers. */
export function childChoicesParam(choices: Readonly<Record<string, ChildChoice>>, childIds: readonly string[]): string {
  return childIds
    .map((id) => {
      const c = choices[id] ?? { comes: 'no', items: [] };
      return `${id}:${c.comes === 'items' ? c.items.join('.') : c.comes}`;
    })
    .join(',');
}

/** The answers `childChoicesParam` wrote; anything else in the text is left out. */
export function readChildChoicesParam(text: string | null): Record<string, ChildChoice> {
  const out: Record<string, ChildChoice> = {};
  for (const part of (text ?? '').split(',')) {
    const match = /^([A-Za-z0-9_-]{1,64}):(no|whole|\d{1,2}(?:\.\d{1,2})*)$/.exec(part.trim());
    const [, id, said] = match ?? [];
    if (id === undefined || said === undefined) continue;
    if (said === 'no' || said === 'whole') out[id] = { comes: said, items: [] };
    else out[id] = { comes: 'items', items: [...new Set(said.split('.').map(Number))].filter((n) => n >= 1).sort((a, b) => a - b) };
  }
  return out;
}
