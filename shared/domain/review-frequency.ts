/** How often a plan is reviewed: every N weeks or every N months. Default: every 6 weeks. */
import { z } from 'zod';

export const reviewFrequencySchema = z
  .object({
    count: z.number({ error: 'Enter how often, as a number' }).int('Enter a whole number'),
    unit: z.enum(['weeks', 'months'], { error: 'Choose weeks or months' }),
  })
  .refine((f) => f.count >= 1, { message: 'Reviews must be at least 1 week or month apart', path: ['count'] })
  .refine((f) => (f.unit === 'weeks' ? f.count <= 26 : f.count <= 6), {
    message: 'Reviews must be at most 26 weeks (6 months) apart',
    path: ['count'],
  });
export type ReviewFrequency = z.infer<typeof reviewFrequencySchema>;

export const DEFAULT_REVIEW_FREQUENCY: ReviewFrequency = { count: 6, unit: 'weeks' };

/** "every 6 weeks", "every month" */
export function describeReviewFrequency(f: ReviewFrequency): string {
  const unit = f.unit === 'weeks' ? 'week' : 'month';
  return f.count === 1 ? `every ${unit}` : `every ${f.count} ${unit}s`;
}
