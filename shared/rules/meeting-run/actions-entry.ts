/**
 * Quick entry of an action from the keyboard: what will be done, for which child, who will do it
 * and by when. Only "what" is required; a missing owner or date is allowed and warned about
 * (shared/rules/plan-quality.ts), never refused.
 */
import type { Action } from '../../domain/action';
import { parseUkDate, type IsoDate } from '../dates';
import { withOwner, type OwnerOption } from './actions-owner';

export interface QuickActionDraft {
  what: string;
  /** A child's id, or '' for the whole family. */
  childId: string;
  ownerName: string;
  /** As typed, e.g. 23/11/2026; '' for no date yet. */
  due: string;
}

export type QuickActionField = 'what' | 'due';
export interface QuickActionProblem {
  field: QuickActionField;
  message: string;
}

export const WHAT_MISSING_MESSAGE = 'Say what will be done, in plain words';
export const WHAT_MAX = 2000;

export const emptyQuickAction = (): QuickActionDraft => ({ what: '', childId: '', ownerName: '', due: '' });

export function isQuickActionDraft(value: unknown): value is QuickActionDraft {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return ['what', 'childId', 'ownerName', 'due'].every((k) => typeof v[k] === 'string');
}

/**
 * When a new action is recorded: now, or just after the plan's latest action if the clock says
 * otherwise (a clock set back, or two actions in one millisecond), so the plan keeps the order
 * actions were agreed in, which is how they are numbered.
 */
export function nextCreatedAt(now: Date, existing: readonly Pick<Action, 'createdAt'>[]): string {
  const latest = existing.reduce((max, a) => Math.max(max, Date.parse(a.createdAt) || 0), 0);
  return new Date(Math.max(now.getTime(), latest + 1)).toISOString();
}

/** A date as typed: empty means no date yet; otherwise it must be a real date. */
export function readDueDate(text: string): { ok: true; date: IsoDate | null } | { ok: false; message: string } {
  if (text.trim() === '') return { ok: true, date: null };
  const parsed = parseUkDate(text);
  return parsed.ok ? { ok: true, date: parsed.date } : { ok: false, message: parsed.message };
}

/** The new action, or what to fix first. Text is kept as typed apart from outer spaces. */
export function buildQuickAction(
  draft: QuickActionDraft,
  context: { id: string; familyId: string; meetingId: string; now: string; owners: readonly OwnerOption[]; childIds: readonly string[] },
): { ok: true; action: Action } | { ok: false; problems: QuickActionProblem[] } {
  const problems: QuickActionProblem[] = [];
  const what = draft.what.trim();
  if (what === '') problems.push({ field: 'what', message: WHAT_MISSING_MESSAGE });
  else if (what.length > WHAT_MAX) problems.push({ field: 'what', message: `Keep what will be done to ${WHAT_MAX} characters or fewer` });
  const due = readDueDate(draft.due);
  if (!due.ok) problems.push({ field: 'due', message: due.message });
  if (problems.length > 0 || !due.ok) return { ok: false, problems };
  const action: Action = {
    id: context.id,
    familyId: context.familyId,
    meetingId: context.meetingId,
    childId: context.childIds.includes(draft.childId) ? draft.childId : null,
    what,
    ownerName: '',
    dueDate: due.date,
    howWeWillKnow: '',
    status: 'not-started',
    note: '',
    createdAt: context.now,
    updatedAt: context.now,
    need: '',
    carriedFromId: null,
  };
  return { ok: true, action: withOwner(action, draft.ownerName.trim(), context.owners) };
}
