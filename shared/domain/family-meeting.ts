import { idSchema } from './family';

/**
 * The family and the meeting a record belongs to, as every record kept per meeting stores them
 * (actions, the child's pictures, briefings, minutes): spread into its schema,
 * `z.object({ id: idSchema, ...ofFamilyMeeting, … })`.
 */
export const ofFamilyMeeting = { familyId: idSchema, meetingId: idSchema };
