/**
 * Building and changing a meeting's agenda. Every function is pure: it returns a new agenda and
 * leaves the one it was given alone. Timings, the family's summary and warnings are in
 * agenda-output.ts and re-exported here.
 */
import { isOpenStatus, type Action } from '../domain/action';
import {
  agendaItemSchema,
  itemMinutesSchema,
  MAX_AGENDA_ITEMS,
  type Agenda,
  type AgendaItem,
  type AgendaTemplate,
} from '../domain/agenda';
import type { MeetingKind } from '../domain/meeting';

export { totalMinutes } from '../domain/agenda';
export { agendaSummaryForFamily, checkAgenda, endsAt } from './agenda-output';
export type { AgendaTimes, FamilyAgendaLine, TimedItem } from './agenda-output';

export type AgendaResult = { ok: true; agenda: Agenda } | { ok: false; message: string };

export interface AgendaFromTemplateOptions {
  meetingKind: MeetingKind;
  /** The family's actions; only open ones (not started, in progress) are carried onto the agenda. */
  openActions: readonly Action[];
  /** Whether the child or young person will come at all; if not, no item has them in the room. */
  childAttends: boolean;
  newId: () => string;
  /** This meeting's id: actions agreed at this meeting are not "from earlier meetings". */
  meetingId?: string;
}

/** Open actions in the order a review takes them: soonest due first, undated last. */
export function openActionsInOrder(actions: readonly Action[], excludeMeetingId?: string): Action[] {
  const seen = new Set<string>();
  const open = actions.filter((a) => {
    if (!isOpenStatus(a.status) || a.meetingId === excludeMeetingId || seen.has(a.id)) return false;
    seen.add(a.id);
    return true;
  });
  // ISO dates sort as text; ties keep the order the plan recorded them (createdAt, then id).
  return open.sort((a, b) => byKey(a.dueDate ?? '9999', b.dueDate ?? '9999') || byKey(a.createdAt, b.createdAt) || byKey(a.id, b.id));
}

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A new agenda from a template. Review and closing agendas carry every open action from earlier
 * meetings on their action-review item, so nothing unfinished is lost between meetings.
 */
export function agendaFromTemplate(template: AgendaTemplate, options: AgendaFromTemplateOptions): Agenda {
  if (template.meetingKind !== options.meetingKind) {
    throw new Error(`A ${template.meetingKind} template cannot make a ${options.meetingKind} agenda`);
  }
  const actionIds = openActionsInOrder(options.openActions, options.meetingId).map((a) => a.id);
  const items = template.items.map((t): AgendaItem => {
    const item: AgendaItem = {
      id: options.newId(),
      title: t.title,
      description: t.description,
      minutes: t.minutes,
      childAttends: options.childAttends && t.childCanAttend,
      kind: t.role === 'action-review' ? 'action-review' : 'standard',
    };
    if (t.role === 'action-review') item.actionIds = [...actionIds];
    if (t.role === 'child-voice') item.childVoice = true;
    return item;
  });
  return { meetingKind: options.meetingKind, items };
}

/** Swaps an item with its neighbour; at either end, or for an unknown id, the agenda is unchanged. */
export function moveItem(agenda: Agenda, id: string, direction: 'up' | 'down'): Agenda {
  const from = agenda.items.findIndex((i) => i.id === id);
  const to = direction === 'up' ? from - 1 : from + 1;
  if (from < 0 || to < 0 || to >= agenda.items.length) return agenda;
  const items = [...agenda.items];
  [items[from], items[to]] = [items[to] as AgendaItem, items[from] as AgendaItem];
  return { ...agenda, items };
}

export interface NewAgendaItem {
  id: string;
  title: string;
  description?: string;
  minutes: number;
  childAttends: boolean;
  childVoice?: boolean;
}

const FIELD_NAMES: Record<string, string> = { title: 'The title', description: 'The description', minutes: 'The minutes' };

/** Adds an item the chair wrote, after `afterId` or at the end. */
export function addItem(agenda: Agenda, input: NewAgendaItem, afterId?: string): AgendaResult {
  if (agenda.items.length >= MAX_AGENDA_ITEMS) return { ok: false, message: `An agenda can have up to ${MAX_AGENDA_ITEMS} items` };
  if (agenda.items.some((i) => i.id === input.id)) return { ok: false, message: 'That item is already on the agenda' };
  // Built field by field, so nothing else a caller's object carries (a kind, action ids) gets in.
  const candidate: AgendaItem = {
    id: input.id,
    title: input.title,
    description: input.description ?? '',
    minutes: input.minutes,
    childAttends: input.childAttends,
    kind: 'added',
  };
  if (input.childVoice === true) candidate.childVoice = true;
  const parsed = agendaItemSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? '');
    return { ok: false, message: `${FIELD_NAMES[field] ?? 'The item'} ${issue?.message ?? 'is not valid'}` };
  }
  const at = afterId === undefined ? agenda.items.length : agenda.items.findIndex((i) => i.id === afterId) + 1;
  if (at === 0) return { ok: false, message: 'The item to add it after is no longer on the agenda' };
  const items = [...agenda.items];
  items.splice(at, 0, parsed.data);
  return { ok: true, agenda: { ...agenda, items } };
}

/** Removes an item, except an action review that still has open actions to go through. */
export function removeItem(agenda: Agenda, id: string): AgendaResult {
  const item = agenda.items.find((i) => i.id === id);
  if (item === undefined) return { ok: false, message: 'That item is no longer on the agenda' };
  const open = item.actionIds?.length ?? 0;
  if (item.kind === 'action-review' && open > 0) {
    const things = open === 1 ? '1 action from the last plan is' : `${open} actions from the last plan are`;
    return { ok: false, message: `"${item.title}" cannot be removed: ${things} still open and must be looked at in this meeting` };
  }
  return { ok: true, agenda: { ...agenda, items: agenda.items.filter((i) => i.id !== id) } };
}

/** Puts a removed item back exactly as it was, where it was (or at the end if the list is now shorter). */
export function restoreItem(agenda: Agenda, item: AgendaItem, index: number): Agenda {
  if (agenda.items.some((i) => i.id === item.id)) return agenda;
  const items = [...agenda.items];
  items.splice(Math.max(0, Math.min(index, items.length)), 0, item);
  return { ...agenda, items };
}

/** Sets how long an item should take. */
export function setMinutes(agenda: Agenda, id: string, minutes: number): AgendaResult {
  const parsed = itemMinutesSchema.safeParse(minutes);
  if (!parsed.success) return { ok: false, message: `The minutes ${parsed.error.issues[0]?.message ?? 'are not valid'}` };
  if (!agenda.items.some((i) => i.id === id)) return { ok: false, message: 'That item is no longer on the agenda' };
  return { ok: true, agenda: { ...agenda, items: agenda.items.map((i) => (i.id === id ? { ...i, minutes: parsed.data } : i)) } };
}

/** Says whether the child or young person is in the room for an item; an unknown id changes nothing. */
export function setChildAttends(agenda: Agenda, id: string, childAttends: boolean): Agenda {
  if (!agenda.items.some((i) => i.id === id)) return agenda;
  return { ...agenda, items: agenda.items.map((i) => (i.id === id ? { ...i, childAttends } : i)) };
}
