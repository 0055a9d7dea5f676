/**
 * The "Your first meeting" guide: one part for each step of a family's path, in plain words.
 * Data lives in templates/guide/first-meeting.json so an area can replace it; a bad file gets one
 * plain message naming the part and the field.
 */
import { z } from 'zod';
import guideJson from '../../../templates/guide/first-meeting.json';
import { describeFileIssue, type FileParse } from '../file-issue';
import { PATH_STEP_IDS, type PathStepId } from './steps';

export const guidePartSchema = z.object({
  step: z.enum(PATH_STEP_IDS),
  title: z.string().trim().min(1).max(80),
  paragraphs: z.array(z.string().trim().min(1).max(600)).min(1).max(8),
});
export type GuidePart = z.infer<typeof guidePartSchema>;

export const guideSchema = z
  .object({
    title: z.string().trim().min(1).max(80),
    intro: z.array(z.string().trim().min(1).max(600)).max(4),
    parts: z.array(guidePartSchema),
  })
  .superRefine((guide, ctx) => {
    // Every step of the path links to its part, so each step needs exactly one, in the path's order.
    const steps = guide.parts.map((p) => p.step);
    PATH_STEP_IDS.forEach((id) => {
      const count = steps.filter((s) => s === id).length;
      if (count !== 1) ctx.addIssue({ code: 'custom', path: ['parts'], message: count === 0 ? `there is no part for the step "${id}"` : `the step "${id}" has ${count} parts` });
    });
    if (steps.some((s, i) => i > 0 && PATH_STEP_IDS.indexOf(s) < PATH_STEP_IDS.indexOf(steps[i - 1] as PathStepId))) {
      ctx.addIssue({ code: 'custom', path: ['parts'], message: 'the parts must be in the order of the path' });
    }
  });
export type Guide = z.infer<typeof guideSchema>;

export type GuideParse = FileParse<Guide>;

const PREFIX = 'The first meeting guide could not be read';

const describeIssue = (error: z.ZodError) => describeFileIssue(error, (list, index) => (list === 'parts' ? `part ${index + 1}` : undefined));

export function parseGuide(data: unknown): GuideParse {
  const result = guideSchema.safeParse(data);
  return result.success ? { ok: true, value: result.data } : { ok: false, message: `${PREFIX}: ${describeIssue(result.error)}.` };
}

/** The shipped guide. Throws only if the file in the app itself is broken. */
export function loadDefaultGuide(): Guide {
  const parsed = parseGuide(guideJson);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}
