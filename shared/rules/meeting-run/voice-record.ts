/**
 * The child's voice in a meeting record: one entry per child, made the first time anything is
 * recorded for that child, so a record never holds empty voices for children nobody spoke about.
 */
import { childVoiceSchema, type ChildVoice, type MeetingRecord } from '../../domain/meeting-record';
import { changeOrAdd } from './change-or-add';

/** A child's voice as recorded so far, or an empty one (not yet in the record). */
export function voiceFor(record: Pick<MeetingRecord, 'childVoices'>, childId: string): ChildVoice {
  return record.childVoices.find((v) => v.childId === childId) ?? emptyVoice(childId);
}

/** A voice with nothing recorded yet (the schema's defaults). */
export function emptyVoice(childId: string): ChildVoice {
  return { ...childVoiceSchema.parse({ childId: 'placeholder' }), childId };
}

/** Applies a change to one child's voice, adding the entry on its first change. */
export function changeVoice(record: MeetingRecord, childId: string, recipe: (voice: ChildVoice) => ChildVoice): MeetingRecord {
  const childVoices = changeOrAdd(record.childVoices, (v) => v.childId === childId, (v) => ({ ...recipe(v), childId }), () => voiceFor(record, childId));
  return { ...record, childVoices };
}

/** Adds a picture's id to a child's voice (once). */
export function withImage(record: MeetingRecord, childId: string, imageId: string): MeetingRecord {
  return changeVoice(record, childId, (v) => (v.imageIds.includes(imageId) ? v : { ...v, imageIds: [...v.imageIds, imageId] }));
}

/** Takes a picture's id out of a child's voice. */
export function withoutImage(record: MeetingRecord, childId: string, imageId: string): MeetingRecord {
  return changeVoice(record, childId, (v) => ({ ...v, imageIds: v.imageIds.filter((id) => id !== imageId) }));
}

/** Whether anything at all has been recorded of this child's voice. */
export function hasVoice(voice: ChildVoice): boolean {
  const words = [voice.words, voice.answers.grow, voice.answers.thinkAbout, voice.answers.do];
  return words.some((w) => w.trim() !== '') || voice.imageIds.length > 0;
}
