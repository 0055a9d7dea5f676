/**
 * Checks a plan before it is saved: the schema, then the rules that need the area's settings
 * (its level-of-need scale) and today's date. `today` is passed in so the rule stays pure.
 */
import type { AreaSettings } from '../domain/area-settings';
import type { FieldError, Validated } from '../domain/family';
import { firstErrorPerField, issuesToFieldErrors } from '../domain/fields';
import { planSchema, type Plan } from '../domain/plan';
import { compareIsoDates, type IsoDate } from './dates';

export function validatePlan(input: unknown, settings: Pick<AreaSettings, 'levelsOfNeed'>, today: IsoDate): Validated<Plan> {
  const parsed = planSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: firstErrorPerField(issuesToFieldErrors(parsed.error.issues)) };
  const plan = parsed.data;
  const errors: FieldError[] = [];
  if (!settings.levelsOfNeed.some((l) => l.key === plan.levelOfNeed)) {
    errors.push({ path: 'levelOfNeed', message: "Choose a level of need from the area's scale" });
  }
  if (compareIsoDates(plan.startDate, today) > 0) errors.push({ path: 'startDate', message: 'The start date must be today or in the past' });
  plan.statusHistory.forEach((event, i) => {
    if (compareIsoDates(event.on, today) > 0) errors.push({ path: `statusHistory.${i}.on`, message: 'The date of the change must be today or in the past' });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: plan };
}
