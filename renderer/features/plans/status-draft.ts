/** The status change form's typed values, and how they become a status change. Pure. */
import { z } from 'zod';
import type { FieldError, Validated } from '../../../shared/domain/family';
import { planStatusValues, type Plan } from '../../../shared/domain/plan';
import { changePlanStatus, type StatusChange } from '../../../shared/rules/plan-status';
import type { IsoDate } from '../../../shared/rules/dates';
import { isoToUk, readDate, toFormErrors } from '../../components/form/field-values';
import { draftGuard } from '../../components/form/draft-guard';

export const statusDraftSchema = z.object({
  status: z.union([z.enum(planStatusValues), z.literal('')]),
  on: z.string(),
  reason: z.string(),
  recordedBy: z.string(),
});
export type StatusDraft = z.infer<typeof statusDraftSchema>;

export const isStatusDraft = draftGuard(statusDraftSchema);

export const STATUS_FIELDS = ['status', 'on', 'reason', 'recordedBy', 'form'] as const;
const STATUS_ERROR_RULES = [
  ['status', 'status'],
  ['on', 'on'],
  ['reason', 'reason'],
  ['recordedBy', 'recordedBy'],
] as const;

export function newStatusDraft(recordedBy: string, today: IsoDate): StatusDraft {
  return { status: '', on: isoToUk(today), reason: '', recordedBy };
}

/**
 * Checks the change against the plan as it is now (the same rule the repository applies), so
 * the form can say at each field what is wrong before anything is written.
 */
export function statusChangeFromDraft(draft: StatusDraft, plan: Plan, today: IsoDate): Validated<StatusChange> {
  const errors: FieldError[] = [];
  if (draft.status === '') errors.push({ path: 'status', message: 'Choose the new status' });
  const on = readDate(draft.on, 'date of the change');
  if (!on.ok) errors.push({ path: 'on', message: on.message });
  if (draft.recordedBy.trim() === '') errors.push({ path: 'recordedBy', message: 'Enter your name' });
  const change: StatusChange = { status: draft.status === '' ? 'active' : draft.status, on: on.ok ? on.date : today, reason: draft.reason, recordedBy: draft.recordedBy };
  // A missing name is reported above; a stand-in lets the rule check everything else at the same time.
  const checked = changePlanStatus(plan, { ...change, recordedBy: change.recordedBy.trim() || 'Someone' }, today, new Date(0).toISOString());
  if (!checked.ok) errors.push(...checked.errors);
  const formErrors = toFormErrors(errors, STATUS_ERROR_RULES, STATUS_FIELDS, 'form');
  return formErrors.length > 0 ? { ok: false, errors: formErrors } : { ok: true, value: change };
}
