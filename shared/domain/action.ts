import { z } from 'zod';
import { idSchema, isoDateSchema } from './family';
import { ofFamilyMeeting } from './family-meeting';

export const actionStatusSchema = z.enum(['not-started', 'in-progress', 'done', 'not-done']);
export type ActionStatus = z.infer<typeof actionStatusSchema>;

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
  'not-done': 'Not done',
};

/** Open actions are the ones a review meeting must look at again. */
export function isOpenStatus(status: ActionStatus): boolean {
  return status === 'not-started' || status === 'in-progress';
}

/** Who owns an action: any practitioner, a parent or carer, or the young person themselves. */
export const actionOwnerKindSchema = z.enum(['practitioner', 'family', 'young-person']);
export type ActionOwnerKind = z.infer<typeof actionOwnerKindSchema>;

/**
 * One thing the team agreed will be done, by one owner, by a date. The fields after `updatedAt`
 * came with meeting capture; actions stored before it lack them, so they are optional.
 */
export const actionSchema = z.object({
  id: idSchema,
  ...ofFamilyMeeting,
  childId: idSchema.nullable(),
  what: z.string().max(2000),
  ownerName: z.string().max(300),
  dueDate: isoDateSchema.nullable(),
  howWeWillKnow: z.string().max(2000),
  status: actionStatusSchema,
  note: z.string().max(10_000),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The need it meets, in plain words (e.g. "Getting to school on time"). */
  need: z.string().max(300).optional(),
  ownerKind: actionOwnerKindSchema.optional(),
  /** The owner's person id or directory id, when they were chosen from a list. */
  ownerId: idSchema.nullable().optional(),
  /** When carried forward from an earlier meeting's action: that action's id. */
  carriedFromId: idSchema.nullable().optional(),
});
export type Action = z.infer<typeof actionSchema>;
