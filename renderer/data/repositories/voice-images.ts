import { newId } from '../../../shared/domain/ids';
import { voiceImageSchema, type VoiceImage } from '../../../shared/domain/meeting-record';
import { bytesToBase64 } from '../../../shared/bytes';
import { checkVoicePicture } from '../../../shared/rules/meeting-run/voice-pictures';
import type { TeamAroundDatabase } from '../db';
import { StorageError, storageWork } from '../errors';

export interface VoiceImageInput {
  familyId: string;
  meetingId: string;
  childId: string;
  /** The file's bytes; the type is read from them, not from the file name. */
  bytes: Uint8Array;
  /** What the picture shows, for anyone who cannot see it. Required. */
  description: string;
}

/**
 * Pictures a child made (a drawing), kept with the meeting on this computer only, encrypted like
 * every other row. The meeting record lists each child's picture ids; this table holds the bytes.
 */
export interface VoiceImageRepository {
  /** Checks the picture (PNG or JPEG by its bytes, at most about 10 MB, with a description) and keeps it. */
  add(input: VoiceImageInput): Promise<VoiceImage>;
  /** A meeting's pictures, oldest first. */
  forMeeting(meetingId: string): Promise<VoiceImage[]>;
  /** Every picture of one child in one meeting, oldest first. */
  forChild(meetingId: string, childId: string): Promise<VoiceImage[]>;
  remove(id: string): Promise<void>;
}

export function createVoiceImageRepository(db: TeamAroundDatabase, now: () => Date = () => new Date()): VoiceImageRepository {
  async function forMeeting(meetingId: string): Promise<VoiceImage[]> {
    const rows = await db.voiceImages.where('meetingId').equals(meetingId).toArray();
    return rows.sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.id.localeCompare(b.id));
  }
  return {
    async add(input) {
      const check = checkVoicePicture({ bytes: input.bytes, description: input.description });
      if (!check.ok) throw new StorageError(check.problems.map((p) => p.message).join('. '), 'invalid');
      const parsed = voiceImageSchema.safeParse({
        id: newId(),
        familyId: input.familyId,
        meetingId: input.meetingId,
        childId: input.childId,
        mediaType: check.mediaType,
        base64: bytesToBase64(input.bytes),
        description: input.description.trim(),
        addedAt: now().toISOString(),
      });
      if (!parsed.success) throw new StorageError('This picture could not be kept: some of its details are not valid.', 'invalid');
      await storageWork(() => db.voiceImages.add(parsed.data));
      return parsed.data;
    },
    forMeeting,
    async forChild(meetingId, childId) {
      return (await forMeeting(meetingId)).filter((image) => image.childId === childId);
    },
    async remove(id) {
      await storageWork(() => db.voiceImages.delete(id));
    },
  };
}
