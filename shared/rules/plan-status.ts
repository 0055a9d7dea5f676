/**
 * A plan's status over time. Changes are appended with date, reason and who recorded them;
 * earlier entries are never changed or removed.
 */
import type { FieldError, Validated } from '../domain/family';
import { firstErrorPerField, issuesToFieldErrors } from '../domain/fields';
import {
  allowedStatusChanges,
  planStatusEventSchema,
  planStatusLabels,
  type Plan,
  type PlanStatus,
  type PlanStatusEvent,
} from '../domain/plan';
import { compareIsoDates, formatLongDate, type IsoDate } from './dates';

/** The latest entry in the history: the plan's status now. */
export function currentStatus(plan: Pick<Plan, 'statusHistory'>): PlanStatusEvent {
  const last = plan.statusHistory[plan.statusHistory.length - 1];
  if (!last) throw new Error('A plan always has at least one status');
  return last;
}

/** The status in force on a date, or null before the plan began. Same-day changes: the last one counts. */
export function statusOn(plan: Pick<Plan, 'statusHistory'>, date: IsoDate): PlanStatus | null {
  let status: PlanStatus | null = null;
  for (const event of plan.statusHistory) {
    if (compareIsoDates(event.on, date) <= 0) status = event.status;
  }
  return status;
}

export function isPlanOpen(plan: Pick<Plan, 'statusHistory'>): boolean {
  return currentStatus(plan).status === 'active';
}

export function allowedNextStatuses(status: PlanStatus): readonly PlanStatus[] {
  return allowedStatusChanges[status];
}

export interface StatusChange {
  status: PlanStatus;
  on: IsoDate;
  reason: string;
  recordedBy: string;
}

/**
 * Adds a status change to the history, or says at each field why it cannot be made.
 * `today` is passed in so the rule stays pure. `updatedAt` is the caller's timestamp.
 */
export function changePlanStatus(plan: Plan, change: StatusChange, today: IsoDate, updatedAt: string): Validated<Plan> {
  const parsed = planStatusEventSchema.safeParse(change);
  if (!parsed.success) return { ok: false, errors: firstErrorPerField(issuesToFieldErrors(parsed.error.issues)) };
  const event = parsed.data;
  const errors: FieldError[] = [];
  const now = currentStatus(plan);

  if (event.status === now.status) {
    errors.push({ path: 'status', message: `The plan is already ${planStatusLabels[now.status].toLowerCase()}` });
  } else if (!allowedStatusChanges[now.status].includes(event.status)) {
    errors.push({
      path: 'status',
      message:
        now.status === 'closed'
          ? 'This plan is closed. Start a new plan for the family instead'
          : `A plan cannot go from ${planStatusLabels[now.status].toLowerCase()} to ${planStatusLabels[event.status].toLowerCase()}`,
    });
  }
  if (compareIsoDates(event.on, today) > 0) {
    errors.push({ path: 'on', message: 'The date of the change must be today or in the past' });
  } else if (compareIsoDates(event.on, now.on) < 0) {
    errors.push({ path: 'on', message: `The date of the change must be on or after the last change (${formatLongDate(now.on)})` });
  }
  if (event.reason === '') errors.push({ path: 'reason', message: 'Say why the status is changing, in plain words' });

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { ...plan, statusHistory: [...plan.statusHistory, event], updatedAt } };
}

/** The history as label, date and reason, oldest first, for a screen or document to lay out. */
export function statusTimeline(plan: Pick<Plan, 'statusHistory'>): Array<{ label: string; on: IsoDate; reason: string }> {
  return plan.statusHistory.map((e) => ({ label: planStatusLabels[e.status], on: e.on, reason: e.reason }));
}
