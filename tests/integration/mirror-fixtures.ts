/** Rows for the mirror tests, made the way the app makes them. */
import { meetingRecordSchema, type MeetingRecord } from '../../shared/domain/meeting-record';

export function meetingRecord(id: string, familyId: string, familyViews: string): MeetingRecord {
  return meetingRecordSchema.parse({
    id,
    familyId,
    familyViews,
    startedAt: '2026-11-23T10:00:00.000Z',
    updatedAt: '2026-11-23T10:05:00.000Z',
  });
}
