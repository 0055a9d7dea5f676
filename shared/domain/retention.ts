/**
 * How long records are kept, per kind of record, and which are due for review and disposal.
 * Pure: today and the rules are passed in. Dates are calendar dates in England (IsoDate).
 *
 * A family's records are due when every one of its plans has closed and the retention period has
 * passed since the latest closure. A family with a plan that is active, stepped down or stepped up
 * is never due. Practice families are not kept at all: they are removed from Settings.
 */
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import type { Plan } from './plan';
import { compareIsoDates, type IsoDate } from '../rules/dates';

export const retentionUnits = ['years', 'months'] as const;
export type RetentionUnit = (typeof retentionUnits)[number];

const MAX_YEARS = 100;

export const retentionPeriodSchema = z
  .object({
    count: z.number({ error: 'Enter how long, as a number' }).int('Enter a whole number'),
    unit: z.enum(retentionUnits, { error: 'Choose years or months' }),
  })
  .refine((p) => p.count >= 1, { message: 'Records must be kept for at least 1 month', path: ['count'] })
  .refine((p) => (p.unit === 'years' ? p.count <= MAX_YEARS : p.count <= MAX_YEARS * 12), {
    message: `Records can be kept for at most ${MAX_YEARS} years (${MAX_YEARS * 12} months)`,
    path: ['count'],
  });
export type RetentionPeriod = z.infer<typeof retentionPeriodSchema>;

/** One rule per kind of record that is kept for a set time. */
export const retentionRulesSchema = z.object({
  /** Families whose plans have all closed, counted from the latest closure. */
  closedPlans: retentionPeriodSchema,
});
export type RetentionRules = z.infer<typeof retentionRulesSchema>;
export type RetentionRecordType = keyof RetentionRules;

export const DEFAULT_RETENTION_RULES: RetentionRules = { closedPlans: { count: 6, unit: 'years' } };

/** "6 years", "1 month" */
export function describeRetentionPeriod(p: RetentionPeriod): string {
  const unit = p.unit === 'years' ? 'year' : 'month';
  return `${p.count} ${unit}${p.count === 1 ? '' : 's'}`;
}

/**
 * The day a record closed on `closedOn` becomes due for disposal. A date that does not exist in
 * the target month falls back to its last day: 29 February 2024 + 1 year is 28 February 2025.
 */
export function retentionDueOn(closedOn: IsoDate, rule: RetentionPeriod): IsoDate {
  const start = Temporal.PlainDate.from(closedOn);
  const added = rule.unit === 'years' ? { years: rule.count } : { months: rule.count };
  return start.add(added, { overflow: 'constrain' }).toString();
}

export interface DueForReview {
  familyId: string;
  /** The latest closure among the family's plans. */
  closedOn: IsoDate;
  dueOn: IsoDate;
  planIds: string[];
}

type PlanLike = Pick<Plan, 'id' | 'familyId' | 'statusHistory'>;

function closedOn(plan: PlanLike): IsoDate | null {
  const last = plan.statusHistory[plan.statusHistory.length - 1];
  return last?.status === 'closed' ? last.on : null;
}

/**
 * Families whose plans have all closed and whose retention period has passed by `today`
 * (due on the due date itself), oldest due first.
 */
export function plansDueForReview(plans: readonly PlanLike[], today: IsoDate, rules: RetentionRules): DueForReview[] {
  const byFamily = new Map<string, PlanLike[]>();
  for (const plan of plans) byFamily.set(plan.familyId, [...(byFamily.get(plan.familyId) ?? []), plan]);
  const due: DueForReview[] = [];
  for (const [familyId, familyPlans] of byFamily) {
    const closures = familyPlans.map(closedOn);
    if (closures.some((c) => c === null)) continue;
    const latest = (closures as IsoDate[]).reduce((a, b) => (compareIsoDates(a, b) >= 0 ? a : b));
    const dueOn = retentionDueOn(latest, rules.closedPlans);
    if (compareIsoDates(dueOn, today) <= 0) due.push({ familyId, closedOn: latest, dueOn, planIds: familyPlans.map((p) => p.id) });
  }
  return due.sort((a, b) => compareIsoDates(a.dueOn, b.dueOn) || a.familyId.localeCompare(b.familyId));
}
