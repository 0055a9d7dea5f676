import { z } from 'zod';
import { idSchema, isoDateSchema } from './family';

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

/** One thing the team agreed will be done, by one owner, by a date. Meeting capture extends this. */
export const actionSchema = z.object({
  id: idSchema,
  familyId: idSchema,
  meetingId: idSchema,
  childId: idSchema.nullable(),
  what: z.string().max(2000),
  ownerName: z.string().max(300),
  dueDate: isoDateSchema.nullable(),
  howWeWillKnow: z.string().max(2000),
  status: actionStatusSchema,
  note: z.string().max(10_000),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Action = z.infer<typeof actionSchema>;
