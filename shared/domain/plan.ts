/**
 * A plan: one episode of early help for a family, from start to close, step down or step up.
 * Its status history is append-only: a change adds an entry with date and reason; nothing is
 * rewritten (see shared/rules/plan-status.ts).
 */
import { z } from 'zod';
import { idSchema } from './family';
import { isoDate, optionalLongText, optionalText, requiredLongText, requiredName } from './fields';
import { DEFAULT_REVIEW_FREQUENCY, reviewFrequencySchema } from './review-frequency';

export const planStatusValues = ['active', 'stepped-down', 'stepped-up', 'closed'] as const;
export type PlanStatus = (typeof planStatusValues)[number];

export const planStatusLabels: Record<PlanStatus, string> = {
  active: 'Active',
  'stepped-down': 'Stepped down',
  'stepped-up': 'Stepped up',
  closed: 'Closed',
};

/** What each status means, for families and new practitioners. */
export const planStatusMeanings: Record<PlanStatus, string> = {
  active: 'The plan is running and the team meets to review it.',
  'stepped-down': 'Things have improved and a single service, such as school, now supports the family.',
  'stepped-up': "The family's needs have been referred to children's social care.",
  closed: 'The plan has ended.',
};

/**
 * Which status can follow which. A stepped-down or stepped-up family can come back to an active
 * plan (needs rose again, or social care stepped the family down to early help). A closed plan
 * stays closed: a new plan is started instead, so each episode keeps its own history.
 */
export const allowedStatusChanges: Record<PlanStatus, readonly PlanStatus[]> = {
  active: ['stepped-down', 'stepped-up', 'closed'],
  'stepped-down': ['active', 'closed'],
  'stepped-up': ['active', 'closed'],
  closed: [],
};

export const planStatusEventSchema = z.object({
  status: z.enum(planStatusValues, { error: 'Choose the status' }),
  on: isoDate('date of the change'),
  reason: optionalLongText('reason', 2000),
  recordedBy: requiredName('name of the person recording the change'),
});
export type PlanStatusEvent = z.infer<typeof planStatusEventSchema>;

export const leadProfessionalSchema = z.object({
  /** The practitioner in the directory, when they are in it. */
  practitionerId: idSchema.nullable().default(null),
  name: requiredName("lead professional's name"),
  role: optionalText('role', 200),
  agency: optionalText('agency', 200),
});
export type LeadProfessional = z.infer<typeof leadProfessionalSchema>;

const planShape = z.object({
  id: idSchema,
  familyId: idSchema,
  leadProfessional: leadProfessionalSchema,
  startDate: isoDate('start date'),
  /** Why the family and the team agreed to early help, in plain words the family would use. */
  reason: requiredLongText('reason for the plan, in plain words', 2000),
  /** A level key from the area's scale (area settings). */
  levelOfNeed: z.string().min(1, 'Choose the level of need'),
  reviewFrequency: reviewFrequencySchema.default(DEFAULT_REVIEW_FREQUENCY),
  /** The date agreed for the next review, when the team set one; otherwise it follows the frequency. */
  nextReviewDate: isoDate('next review date').nullable().default(null),
  statusHistory: z.array(planStatusEventSchema).min(1, 'A plan needs a status'),
  createdAt: z.string(),
  updatedAt: z.string(),
});

type Shape = z.infer<typeof planShape>;

function checkPlan(plan: Shape, ctx: z.core.$RefinementCtx<Shape>): void {
  if (plan.nextReviewDate !== null && plan.nextReviewDate <= plan.startDate) {
    ctx.addIssue({ code: 'custom', message: 'The review date must be after the start date', path: ['nextReviewDate'] });
  }
  const [first] = plan.statusHistory;
  if (first && first.status !== 'active') {
    ctx.addIssue({ code: 'custom', message: 'A plan starts as active', path: ['statusHistory', 0, 'status'] });
  }
  plan.statusHistory.forEach((event, i) => {
    if (event.on < plan.startDate) {
      ctx.addIssue({ code: 'custom', message: 'A status change cannot be before the start date', path: ['statusHistory', i, 'on'] });
    }
    const before = i > 0 ? plan.statusHistory[i - 1] : undefined;
    if (!before) return;
    if (event.on < before.on) {
      ctx.addIssue({ code: 'custom', message: 'Status changes must be in date order', path: ['statusHistory', i, 'on'] });
    }
    if (!(allowedStatusChanges[before.status] ?? []).includes(event.status)) {
      ctx.addIssue({
        code: 'custom',
        message: `A plan cannot go from ${planStatusLabels[before.status].toLowerCase()} to ${planStatusLabels[event.status].toLowerCase()}`,
        path: ['statusHistory', i, 'status'],
      });
    }
    if (event.reason === '') {
      ctx.addIssue({ code: 'custom', message: 'Say why the status changed', path: ['statusHistory', i, 'reason'] });
    }
  });
}

export const planSchema = planShape.superRefine(checkPlan);
export type Plan = z.infer<typeof planSchema>;
export type PlanInput = z.input<typeof planSchema>;
