/**
 * Whether each child comes to a meeting, and for which agenda items (issue 17). Stored on the
 * meeting child by child; a meeting planned before this existed has none, and reads as it always
 * did (the meeting's yes/no and the agenda's ticks).
 */
import { z } from 'zod';
import { vocabulary } from './vocabulary';
import { MAX_AGENDA_ITEMS } from './agenda';
import { idSchema } from './family';

export const { values: CHILD_COMES, schema: childComesSchema, labels: CHILD_COMES_LABELS } = vocabulary({
  no: 'No',
  whole: 'The whole meeting',
  items: 'Only some items',
});
export type ChildComes = z.infer<typeof childComesSchema>;

/** One child's answer as the meeting stores it: the items by id, so reordering the agenda keeps them. */
export const childComingSchema = z.object({
  childId: idSchema,
  comes: childComesSchema,
  /** With 'items': the agenda items they come for. */
  itemIds: z.array(idSchema).max(MAX_AGENDA_ITEMS).default(() => []),
});
export type ChildComing = z.infer<typeof childComingSchema>;

/** One child's answer while a meeting is being planned: items by number (from 1), as the agenda to be made lists them. */
export interface ChildChoice {
  comes: ChildComes;
  items: number[];
}
