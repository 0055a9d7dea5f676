/**
 * Loads and checks the agenda templates: one JSON file per meeting kind, data an area can replace.
 * The loaders take the parsed JSON, so the same checks run on the shipped files and on an area's
 * own. A bad file gets one plain message naming the item (by number and title) and the field.
 */
import type { z } from 'zod';
import closingJson from '../../templates/agendas/closing.json';
import firstJson from '../../templates/agendas/first.json';
import preMeetingJson from '../../templates/agendas/pre-meeting.json';
import reviewJson from '../../templates/agendas/review.json';
import { agendaTemplateSchema, totalMinutes, type AgendaTemplate } from './agenda';
import { MEETING_KIND_LABELS, meetingKindSchema, type MeetingKind } from './meeting';

export type TemplateParse<T> = { ok: true; value: T } | { ok: false; message: string };

/** The shipped files, as parsed JSON: pass an area's own files to `loadAgendaTemplates` instead. */
export const DEFAULT_AGENDA_TEMPLATE_FILES: Readonly<Record<MeetingKind, unknown>> = {
  'pre-meeting': preMeetingJson,
  first: firstJson,
  review: reviewJson,
  closing: closingJson,
};

/** Kinds whose agenda looks back at the plan's actions; a review must, a closing meeting may. */
const ACTION_REVIEW_ALLOWED: ReadonlySet<MeetingKind> = new Set(['review', 'closing']);

function templateName(kind: MeetingKind | undefined): string {
  return kind === undefined ? 'The agenda template' : `The ${MEETING_KIND_LABELS[kind].toLowerCase()} agenda template`;
}

/** Checks one template file. With `expectedKind`, the file must say it is for that kind of meeting. */
export function parseAgendaTemplate(data: unknown, expectedKind?: MeetingKind): TemplateParse<AgendaTemplate> {
  const name = templateName(expectedKind);
  const result = agendaTemplateSchema.safeParse(data);
  if (!result.success) return { ok: false, message: `${name} could not be read: ${describeIssue(data, result.error)}.` };
  const template = result.data;
  const problem = checkTemplate(template, expectedKind);
  return problem === undefined ? { ok: true, value: template } : { ok: false, message: `${name} could not be read: ${problem}.` };
}

function checkTemplate(template: AgendaTemplate, expectedKind: MeetingKind | undefined): string | undefined {
  if (expectedKind !== undefined && template.meetingKind !== expectedKind) {
    return `"meetingKind" says "${template.meetingKind}", but this file is for "${expectedKind}" meetings`;
  }
  const reviews = template.items.flatMap((item, i) => (item.role === 'action-review' ? [i] : []));
  const [first, second] = reviews;
  if (first !== undefined && !ACTION_REVIEW_ALLOWED.has(template.meetingKind)) {
    return `${itemLabel(first, template.items[first]?.title)}, "role" is "action-review", which only a review or closing meeting can have`;
  }
  if (second !== undefined) {
    return `${itemLabel(second, template.items[second]?.title)}, "role" is "action-review", but item ${(first ?? 0) + 1} already is: keep one`;
  }
  if (template.meetingKind === 'review' && first === undefined) {
    return 'no item has "role": "action-review", so the last plan\'s open actions would have nowhere to go';
  }
  const total = totalMinutes(template);
  if (total > template.lengthMinutes) {
    return `the items add up to ${total} minutes, more than "lengthMinutes" (${template.lengthMinutes})`;
  }
  return undefined;
}

export type AgendaTemplates = Record<MeetingKind, AgendaTemplate>;

/** Checks all four files; every bad file gets its own message. */
export function loadAgendaTemplates(
  files: Readonly<Record<MeetingKind, unknown>>,
): { ok: true; value: AgendaTemplates } | { ok: false; messages: string[] } {
  const value: Partial<AgendaTemplates> = {};
  const messages: string[] = [];
  for (const kind of meetingKindSchema.options) {
    const parsed = parseAgendaTemplate(files[kind], kind);
    if (parsed.ok) value[kind] = parsed.value;
    else messages.push(parsed.message);
  }
  return messages.length === 0 ? { ok: true, value: value as AgendaTemplates } : { ok: false, messages };
}

/** The shipped templates. Throws only if a shipped file is broken, which the unit tests rule out. */
export function defaultAgendaTemplates(): AgendaTemplates {
  const loaded = loadAgendaTemplates(DEFAULT_AGENDA_TEMPLATE_FILES);
  if (!loaded.ok) throw new Error(loaded.messages.join(' '));
  return loaded.value;
}

// ---------------------------------------------------------------- messages

function itemLabel(index: number, title: unknown): string {
  const shown = typeof title === 'string' && title.trim() !== '' ? ` ("${title.trim().slice(0, 60)}")` : '';
  return `item ${index + 1}${shown}`;
}

function rawItem(data: unknown, index: number): Record<string, unknown> | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const items = (data as { items?: unknown }).items;
  if (!Array.isArray(items)) return undefined;
  const item: unknown = items[index];
  return typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : undefined;
}

function hasKey(value: unknown, key: string): boolean {
  return typeof value === 'object' && value !== null && key in value;
}

/** `item 3 ("Review of the last plan's actions"), "minutes" must be a whole number from 0 to 240` */
function describeIssue(data: unknown, error: z.ZodError): string {
  const first = error.issues[0];
  if (first === undefined) return 'the file is not in the expected shape';
  const [top, index, field] = first.path;
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problem${error.issues.length > 2 ? 's' : ''})` : '';
  if (top === undefined) return `the file is not in the expected shape${more}`;
  if (top === 'items' && typeof index === 'number') {
    const item = rawItem(data, index);
    const where = itemLabel(index, item?.title);
    if (item === undefined) return `${where} is not an item with a title, description, minutes and childCanAttend${more}`;
    if (typeof field !== 'string') return `${where}: ${first.message}${more}`;
    const message = hasKey(item, field) ? first.message : 'is missing';
    return `${where}, "${field}" ${message}${more}`;
  }
  const message = hasKey(data, String(top)) ? first.message : 'is missing';
  return `"${String(top)}" ${message}${more}`;
}
