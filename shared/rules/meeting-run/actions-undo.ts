/**
 * Undoing the removal of an action from the plan (see docs/decisions/0048-undo-and-agenda-templates.md).
 */
import type { Action } from '../../domain/action';

/**
 * What undo writes back: the action exactly as it was when removed (same id, words, owner, date
 * and `createdAt`, so it comes back at the same place in the plan) and, for an action carried
 * forward from an earlier meeting, that earlier action as it was then (closed as "not done"),
 * since taking the copy out had reopened it. `before` is the family's actions at the removal.
 */
export function actionsToPutBack(removed: Action, before: readonly Action[]): Action[] {
  if (!removed.carriedFromId) return [removed];
  const earlier = before.find((a) => a.id === removed.carriedFromId);
  return earlier ? [removed, earlier] : [removed];
}
