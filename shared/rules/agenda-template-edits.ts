/**
 * Changes an area makes to one of its agenda templates in Settings: add an item, take one off
 * (and put it back), move one up or down, and time one. Pure: each returns the new template,
 * checked as a template file is (parseAgendaTemplate), or a message for the field it concerns.
 * The template's `lengthMinutes` follows its items' total, so a new meeting is booked for the
 * whole agenda. See docs/decisions/0048-undo-and-agenda-templates.md.
 */
import { itemDescriptionSchema, itemMinutesSchema, itemTitleSchema, MAX_AGENDA_ITEMS, totalMinutes, type AgendaTemplate, type AgendaTemplateItem } from '../domain/agenda';
import { parseAgendaTemplate } from '../domain/agenda-templates';
import { describeMinutes } from './agenda-output';

export type TemplateField = 'title' | 'description' | 'minutes' | 'item';
export type TemplateEdit = { ok: true; template: AgendaTemplate; index: number } | { ok: false; field: TemplateField; message: string };

/** The longest a template's meeting may run (its `lengthMinutes` rule). */
const LONGEST = 480;
const SHORTEST = 15;

function checked(template: AgendaTemplate, index: number): TemplateEdit {
  const total = totalMinutes(template);
  if (total > LONGEST) return { ok: false, field: 'minutes', message: `The items would add up to ${describeMinutes(total)}: an agenda can be 8 hours at most` };
  const parsed = parseAgendaTemplate({ ...template, lengthMinutes: Math.max(SHORTEST, total) }, template.meetingKind);
  return parsed.ok ? { ok: true, template: parsed.value, index } : { ok: false, field: 'item', message: parsed.message };
}

function readMinutes(text: string): { ok: true; minutes: number } | { ok: false; message: string } {
  const trimmed = text.trim();
  const minutes = /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  const parsed = itemMinutesSchema.safeParse(minutes);
  return parsed.success ? { ok: true, minutes: parsed.data } : { ok: false, message: `The minutes ${parsed.error.issues[0]?.message ?? 'are not valid'}` };
}

export interface NewTemplateItem {
  title: string;
  description: string;
  minutes: string;
  childCanAttend: boolean;
}

/** Adds an item at the end. */
export function addTemplateItem(template: AgendaTemplate, input: NewTemplateItem): TemplateEdit {
  const title = itemTitleSchema.safeParse(input.title);
  if (!title.success) return { ok: false, field: 'title', message: input.title.trim() === '' ? 'Enter a title for the item' : `The title ${title.error.issues[0]?.message ?? 'is not valid'}` };
  const description = itemDescriptionSchema.safeParse(input.description);
  if (!description.success || description.data === '') {
    return { ok: false, field: 'description', message: description.success ? 'Say in one line what the item is for, in plain words' : `The description ${description.error.issues[0]?.message ?? 'is not valid'}` };
  }
  const minutes = readMinutes(input.minutes);
  if (!minutes.ok) return { ok: false, field: 'minutes', message: minutes.message };
  if (template.items.length >= MAX_AGENDA_ITEMS) return { ok: false, field: 'title', message: `An agenda can have ${MAX_AGENDA_ITEMS} items at most` };
  const item: AgendaTemplateItem = { title: title.data, description: description.data, minutes: minutes.minutes, childCanAttend: input.childCanAttend, role: 'standard' };
  return checked({ ...template, items: [...template.items, item] }, template.items.length);
}

/** Takes an item off; the agenda keeps at least one, and a review keeps the item where the last plan's actions are looked at. */
export function removeTemplateItem(template: AgendaTemplate, index: number): TemplateEdit {
  const item = template.items[index];
  if (!item) return { ok: false, field: 'item', message: 'That item is no longer on the agenda' };
  if (template.items.length === 1) return { ok: false, field: 'item', message: 'An agenda needs at least one item: add another before taking this one off' };
  if (item.role === 'action-review' && template.meetingKind === 'review') {
    return { ok: false, field: 'item', message: `A review meeting needs “${item.title}”: it is where the last plan’s open actions are looked at` };
  }
  return checked({ ...template, items: template.items.filter((_, i) => i !== index) }, index);
}

/** Puts a removed item back at the place it had (undo), or at the end if the list is now shorter. */
export function restoreTemplateItem(template: AgendaTemplate, item: AgendaTemplateItem, index: number): TemplateEdit {
  const at = Math.max(0, Math.min(index, template.items.length));
  const items = [...template.items];
  items.splice(at, 0, item);
  return checked({ ...template, items }, at);
}

/** Moves an item one place; at either end it stays where it is. */
export function moveTemplateItem(template: AgendaTemplate, index: number, direction: 'up' | 'down'): TemplateEdit {
  const to = direction === 'up' ? index - 1 : index + 1;
  const item = template.items[index];
  if (!item) return { ok: false, field: 'item', message: 'That item is no longer on the agenda' };
  if (to < 0 || to >= template.items.length) return { ok: true, template, index };
  const items = [...template.items];
  items.splice(index, 1);
  items.splice(to, 0, item);
  return checked({ ...template, items }, to);
}

/** Sets how long an item takes, from what was typed. */
export function setTemplateItemMinutes(template: AgendaTemplate, index: number, text: string): TemplateEdit {
  if (!template.items[index]) return { ok: false, field: 'item', message: 'That item is no longer on the agenda' };
  const minutes = readMinutes(text);
  if (!minutes.ok) return { ok: false, field: 'minutes', message: minutes.message };
  return checked({ ...template, items: template.items.map((item, i) => (i === index ? { ...item, minutes: minutes.minutes } : item)) }, index);
}
