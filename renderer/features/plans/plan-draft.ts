/**
 * What the plan form holds while someone types (dates as typed, dd/mm/yyyy), and how it becomes a
 * plan. Pure, so it is unit-tested without a browser.
 */
import { z } from 'zod';
import type { AreaSettings } from '../../../shared/domain/area-settings';
import type { FieldError, Validated } from '../../../shared/domain/family';
import type { Plan, PlanInput } from '../../../shared/domain/plan';
import type { ReviewFrequency } from '../../../shared/domain/review-frequency';
import { validatePlan } from '../../../shared/rules/plan-checks';
import type { IsoDate } from '../../../shared/rules/dates';
import { addError, isoToUk, readDate, readOptionalDate, toFormErrors } from '../../components/form/field-values';
import { draftGuard, textFields } from '../../components/form/draft-guard';

const PLAN_DRAFT_FIELDS = ['leadName', 'leadRole', 'leadAgency', 'startDate', 'reason', 'levelOfNeed', 'reviewFrequency', 'nextReviewDate'] as const;

/** Every field as typed; the review frequency is one choice from a list ("6-weeks", "2-months"). */
export const planDraftSchema = z.object(textFields(PLAN_DRAFT_FIELDS));
export type PlanDraft = z.infer<typeof planDraftSchema>;

export const isPlanDraft = draftGuard(planDraftSchema);

/** The form's fields in the order they appear, for the error summary. */
export const PLAN_FIELDS = [...PLAN_DRAFT_FIELDS, 'form'] as const;

const PLAN_ERROR_RULES = [
  ['leadProfessional.name', 'leadName'],
  ['leadProfessional.role', 'leadRole'],
  ['leadProfessional.agency', 'leadAgency'],
  ['startDate', 'startDate'],
  ['reason', 'reason'],
  ['levelOfNeed', 'levelOfNeed'],
  ['reviewFrequency', 'reviewFrequency'],
  ['nextReviewDate', 'nextReviewDate'],
] as const;

export function frequencyKey(f: ReviewFrequency): string {
  return `${f.count}-${f.unit}`;
}

export function readFrequency(key: string): ReviewFrequency | null {
  const m = /^(\d{1,2})-(weeks|months)$/.exec(key);
  if (!m) return null;
  return { count: Number(m[1]), unit: m[2] === 'weeks' ? 'weeks' : 'months' };
}

/** Every frequency the plan schema accepts: every 1 to 26 weeks, every 1 to 6 months. */
export function frequencyChoices(): ReviewFrequency[] {
  const weeks = Array.from({ length: 26 }, (_, i): ReviewFrequency => ({ count: i + 1, unit: 'weeks' }));
  const months = Array.from({ length: 6 }, (_, i): ReviewFrequency => ({ count: i + 1, unit: 'months' }));
  return [...weeks, ...months];
}

export function newPlanDraft(profile: { name: string; role: string }, settings: Pick<AreaSettings, 'defaultReviewFrequency'>, today: IsoDate): PlanDraft {
  return {
    leadName: profile.name,
    leadRole: profile.role,
    leadAgency: '',
    startDate: isoToUk(today),
    reason: '',
    levelOfNeed: '',
    reviewFrequency: frequencyKey(settings.defaultReviewFrequency),
    nextReviewDate: '',
  };
}

export function draftFromPlan(plan: Plan): PlanDraft {
  return {
    leadName: plan.leadProfessional.name,
    leadRole: plan.leadProfessional.role,
    leadAgency: plan.leadProfessional.agency,
    startDate: isoToUk(plan.startDate),
    reason: plan.reason,
    levelOfNeed: plan.levelOfNeed,
    reviewFrequency: frequencyKey(plan.reviewFrequency),
    nextReviewDate: plan.nextReviewDate ? isoToUk(plan.nextReviewDate) : '',
  };
}

export interface PlanContext {
  familyId: string;
  /** The plan being changed; absent when starting one. */
  existing?: Plan | undefined;
  /** A fresh id for a new plan. */
  newId: string;
  /** The caller's ISO timestamp. */
  now: string;
  /** Who is recording the start, for the first entry in the status history. */
  recordedBy: string;
  settings: Pick<AreaSettings, 'levelsOfNeed'>;
  today: IsoDate;
}

/**
 * Turns what was typed into a plan ready to save, or says at each form field what is wrong.
 * A new plan starts as active on its start date. An existing plan keeps its status history
 * exactly as it was: editing the details never rewrites it.
 */
export function planFromDraft(draft: PlanDraft, ctx: PlanContext): Validated<PlanInput> {
  const errors: FieldError[] = [];
  const start = readDate(draft.startDate, 'start date');
  if (!start.ok) errors.push({ path: 'startDate', message: start.message });
  const next = readOptionalDate(draft.nextReviewDate);
  if (!next.ok) errors.push({ path: 'nextReviewDate', message: next.message });
  const frequency = readFrequency(draft.reviewFrequency);
  if (!frequency) errors.push({ path: 'reviewFrequency', message: 'Choose how often the plan will be reviewed' });

  const startDate = start.ok ? start.date : ctx.today;
  const existing = ctx.existing;
  const sameLead = existing !== undefined && existing.leadProfessional.name === draft.leadName.trim();
  const input: PlanInput = {
    id: existing?.id ?? ctx.newId,
    familyId: ctx.familyId,
    leadProfessional: {
      practitionerId: sameLead ? existing.leadProfessional.practitionerId : null,
      name: draft.leadName,
      role: draft.leadRole,
      agency: draft.leadAgency,
    },
    startDate,
    reason: draft.reason,
    levelOfNeed: draft.levelOfNeed,
    reviewFrequency: frequency ?? { count: 6, unit: 'weeks' },
    nextReviewDate: next.ok ? next.date : null,
    statusHistory: existing ? existing.statusHistory : [{ status: 'active', on: startDate, reason: '', recordedBy: ctx.recordedBy }],
    createdAt: existing?.createdAt ?? ctx.now,
    updatedAt: ctx.now,
  };

  const checked = validatePlan(input, ctx.settings, ctx.today);
  if (!checked.ok) {
    for (const e of checked.errors) {
      // The history is not on this form: a start date after a recorded change is the start date's problem.
      if (/^statusHistory\.\d+\.on$/.test(e.path)) {
        const first = existing?.statusHistory[0];
        const message = e.message.includes('today or in the past') || !first
          ? 'The start date must be today or in the past'
          : `The start date must be on or before the first status entry (${isoToUk(first.on)})`;
        addError(errors, 'startDate', message);
      }
    }
    // A review date can only be compared with a start date that could be read.
    const relevant = (e: FieldError) => !/^statusHistory\.\d+\.on$/.test(e.path) && (start.ok || e.path !== 'nextReviewDate');
    errors.push(...checked.errors.filter(relevant));
  }
  const formErrors = toFormErrors(errors, PLAN_ERROR_RULES, PLAN_FIELDS, 'form');
  return formErrors.length > 0 ? { ok: false, errors: formErrors } : { ok: true, value: input };
}
