import { z } from 'zod';
import { idSchema } from './family';
import { familyMemberTimetableSchema, practitionerUnavailabilitySchema } from './timetable';

/** A family's week as stored: one timetable per family member (by person id). */
export const familyTimetableRecordSchema = z.object({
  id: idSchema,
  familyId: idSchema,
  /** Keyed by the carer's or child's id in the family record. */
  members: z.record(z.string(), familyMemberTimetableSchema),
  updatedAt: z.string(),
});
export type FamilyTimetableRecord = z.infer<typeof familyTimetableRecordSchema>;

/** A practitioner's regular commitments and leave, by directory id. */
export const practitionerUnavailabilityRecordSchema = practitionerUnavailabilitySchema.extend({
  id: idSchema,
  practitionerId: idSchema,
  updatedAt: z.string(),
});
export type PractitionerUnavailabilityRecord = z.infer<typeof practitionerUnavailabilityRecordSchema>;
