/**
 * Reviewing the earlier plan's actions at a review meeting, and carrying unfinished ones forward.
 * See docs/decisions/0014-child-voice-and-actions.md.
 *
 * What the review does to an earlier action's status (the update itself stays in the meeting
 * record's `actionUpdates`):
 * - done                          -> "done" (closed);
 * - carried forward (not done)    -> "not-done" (closed: the new action in this plan, whose
 *                                    `carriedFromId` points back to it, takes over);
 * - partly done, not carried      -> "in-progress" (still open: it comes back at the next review);
 * - not done, not carried         -> "not-done" (closed: the team agreed it will not happen);
 * - nothing chosen yet            -> unchanged.
 * Only an action marked partly done or not done can be carried forward.
 */
import { isOpenStatus, type Action, type ActionStatus } from '../../domain/action';
import { actionUpdateSchema, type ActionUpdate, type MeetingRecord } from '../../domain/meeting-record';
import { changeOrAdd } from './change-or-add';

/** The update recorded for an action in this meeting, or an empty one. */
export function updateFor(record: Pick<MeetingRecord, 'actionUpdates'>, actionId: string): ActionUpdate {
  return record.actionUpdates.find((u) => u.actionId === actionId) ?? actionUpdateSchema.parse({ actionId });
}

/** Applies a change to one action's update, adding it to the record on its first change. */
export function changeUpdate(record: MeetingRecord, actionId: string, recipe: (update: ActionUpdate) => ActionUpdate): MeetingRecord {
  const actionUpdates = changeOrAdd(record.actionUpdates, (u) => u.actionId === actionId, (u) => ({ ...recipe(u), actionId }), () => updateFor(record, actionId));
  return { ...record, actionUpdates };
}

/** Whether an action with this update may be carried forward into the new plan. */
export function canCarryForward(update: Pick<ActionUpdate, 'progress'>): boolean {
  return update.progress === 'partly' || update.progress === 'not-done';
}

/** The earlier action's status once this update is recorded (see the table at the top). */
export function statusAfterReview(update: Pick<ActionUpdate, 'progress' | 'carriedForward'>, current: ActionStatus): ActionStatus {
  if (update.progress === 'done') return 'done';
  if (update.carriedForward) return 'not-done';
  if (update.progress === 'partly') return 'in-progress';
  if (update.progress === 'not-done') return 'not-done';
  return current;
}

/**
 * The new action made when an earlier one is carried forward: same words, child, need and owner;
 * no date (the team agrees a new one, and the plan warns until it does); not started.
 */
export function carriedCopy(earlier: Action, into: { id: string; meetingId: string; now: string }): Action {
  const copy: Action = {
    id: into.id,
    familyId: earlier.familyId,
    meetingId: into.meetingId,
    childId: earlier.childId,
    what: earlier.what,
    ownerName: earlier.ownerName,
    dueDate: null,
    howWeWillKnow: earlier.howWeWillKnow,
    status: 'not-started',
    note: '',
    createdAt: into.now,
    updatedAt: into.now,
    carriedFromId: earlier.id,
  };
  if (earlier.need !== undefined) copy.need = earlier.need;
  if (earlier.ownerKind !== undefined) copy.ownerKind = earlier.ownerKind;
  if (earlier.ownerId !== undefined) copy.ownerId = earlier.ownerId;
  return copy;
}

/** The action in this meeting carried forward from `earlierId`, if there is one. */
export function carriedInto(actions: readonly Action[], earlierId: string, meetingId: string): Action | undefined {
  return actions.find((a) => a.meetingId === meetingId && a.carriedFromId === earlierId);
}

/**
 * The earlier actions a review meeting goes through: every open action from other meetings of
 * the family, plus any this meeting has already updated or carried forward (they stay on the
 * list after the update closes them). Soonest due first, undated last, then in the order recorded.
 */
export function actionsToReview(familyActions: readonly Action[], meetingId: string, record: Pick<MeetingRecord, 'actionUpdates'>): Action[] {
  const updated = new Set(record.actionUpdates.map((u) => u.actionId));
  const carried = new Set(familyActions.filter((a) => a.meetingId === meetingId && a.carriedFromId).map((a) => a.carriedFromId));
  return familyActions
    .filter((a) => a.meetingId !== meetingId && (isOpenStatus(a.status) || updated.has(a.id) || carried.has(a.id)))
    .sort((a, b) => (a.dueDate ?? '9999-12-31').localeCompare(b.dueDate ?? '9999-12-31') || a.createdAt.localeCompare(b.createdAt));
}
