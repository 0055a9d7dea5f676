/**
 * "Never show to…": a person's contact details and address must never appear in anything made
 * for the named people (for example where there is domestic abuse). Stored as data so that every
 * document and screen can apply it with `redactFor` in shared/rules/redaction.ts.
 */
import { z } from 'zod';
import { idSchema } from './family';
import { isoDate, optionalLongText, optionalText, requiredName } from './fields';

/** `school` is for a child whose school or setting would show where the family now lives. */
export const protectedDetailValues = ['phone', 'email', 'address', 'school'] as const;
export type ProtectedDetail = (typeof protectedDetailValues)[number];

export const protectedDetailLabels: Record<ProtectedDetail, string> = {
  phone: 'phone number',
  email: 'email address',
  address: 'address',
  school: 'school or setting',
};

export const safetyFlagSchema = z
  .object({
    id: idSchema,
    /** The person whose details are protected (a carer or a child in the family record). */
    subjectId: idSchema,
    /** The people who must never see them: family members or practitioners, by id. */
    hiddenFrom: z.array(idSchema).min(1, 'Choose at least one person who must not see these details').max(20),
    /** Which details. Address means the address (and home phone) of every home the person belongs to. */
    covers: z
      .array(z.enum(protectedDetailValues))
      .min(1, 'Choose at least one detail to hide')
      .default(['phone', 'email', 'address']),
    /** Why, for the team only. Never printed in a document. */
    reason: optionalLongText('reason', 1000),
    addedOn: isoDate('date the flag was added'),
    addedBy: requiredName('name of the person who added the flag'),
    /** A flag is never deleted; when it is no longer needed it is ended, with date, who and why. */
    ended: z
      .object({
        on: isoDate('date the flag ended'),
        by: requiredName('name of the person who ended the flag'),
        reason: optionalText('reason for ending the flag', 500),
      })
      .nullable()
      .default(null),
  })
  .refine((f) => !f.hiddenFrom.includes(f.subjectId), {
    message: 'A person cannot be hidden from their own details',
    path: ['hiddenFrom'],
  })
  .refine((f) => f.ended === null || f.ended.on >= f.addedOn, {
    message: 'The end date must be on or after the date the flag was added',
    path: ['ended', 'on'],
  });
export type SafetyFlag = z.infer<typeof safetyFlagSchema>;

/** Flags in force: those not ended. */
export function activeFlags(flags: readonly SafetyFlag[]): SafetyFlag[] {
  return flags.filter((f) => f.ended === null);
}
