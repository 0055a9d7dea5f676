/**
 * What happened at a meeting, captured live by the chair with the family in the room: who came,
 * notes per agenda item (and the time each took), each child's voice, strengths, worries, what
 * needs to happen, scaling, the review of earlier actions, and the outcome. One record per
 * meeting (its id is the meeting's id). Agreed actions are stored in the actions table.
 *
 * Text fields hold exactly what was typed, with no trimming: the record is saved on every
 * keystroke, and trimming would eat the space the chair has just typed. Documents clean text
 * when they are built.
 */
import { z } from 'zod';
import { vocabulary } from './vocabulary';
import { idSchema, isoDateSchema } from './family';
import { ofFamilyMeeting } from './family-meeting';
import { SCALING_SCALE } from './scaling-scale';

export const MAX_RECORD_TEXT = 100_000;
const text = (max = MAX_RECORD_TEXT) => z.string().max(max).default('');

// ---------------------------------------------------------------- attendance

export const { values: ATTENDANCE, schema: attendanceSchema, labels: ATTENDANCE_LABELS } = vocabulary({
  attended: 'Came to the meeting',
  apologies: 'Sent apologies',
  'written-report': 'Sent a written report',
  'did-not-attend': 'Did not come',
});
export type Attendance = z.infer<typeof attendanceSchema>;

/** Who a person is to the meeting: family members, the child or young person, practitioners, anyone else. */
export const attendeeKindSchema = z.enum(['family', 'child', 'practitioner', 'other']);
export type AttendeeKind = z.infer<typeof attendeeKindSchema>;

export const attendeeSchema = z.object({
  /** The invitee's id (person id or directory id), or a new id for someone who joined on the day. */
  id: idSchema,
  kind: attendeeKindSchema,
  name: z.string().max(300),
  /** In plain words, e.g. "Mum", "Class teacher at Oak Primary School". */
  role: z.string().max(300).default(''),
  agency: z.string().max(300).default(''),
  /** Null until the chair records it. */
  attendance: attendanceSchema.nullable().default(null),
  /** True for someone not on the invitation list who joined on the day. */
  joinedOnTheDay: z.boolean().default(false),
});
export type Attendee = z.output<typeof attendeeSchema>;

// ---------------------------------------------------------------- agenda item notes

export const itemNoteSchema = z.object({
  /** The agenda item's id (see shared/domain/agenda.ts). */
  itemId: idSchema,
  notes: text(),
  /** Seconds spent on the item so far; the timer adds to it each time the item is taken. */
  secondsTaken: z.number().int().min(0).max(86_400).default(0),
  /** When the timer was last started for this item (ISO instant), or null while it is not running. */
  runningSince: z.string().nullable().default(null),
});
export type ItemNote = z.output<typeof itemNoteSchema>;

// ---------------------------------------------------------------- the child's voice

export const { values: VOICE_METHODS, schema: voiceMethodSchema, labels: VOICE_METHOD_LABELS } = vocabulary({
  talking: 'Talking with them',
  drawing: 'Drawing',
  'pictures-or-symbols': 'Pictures or symbols',
  observation: 'Watching and listening (observation)',
  advocate: 'Through an advocate (someone who speaks up for them)',
  questionnaire: 'A questionnaire',
});
export type VoiceMethod = z.infer<typeof voiceMethodSchema>;

/** The three questions offered as prompts, in the child's own voice. */
export const VOICE_PROMPTS = [
  { key: 'grow', question: 'What do I need to grow and develop?' },
  { key: 'thinkAbout', question: 'What do I need people to think about?' },
  { key: 'do', question: 'What do I need people to do?' },
] as const;
export type VoicePromptKey = (typeof VOICE_PROMPTS)[number]['key'];

export const voiceSharingSchema = z.enum(['not-asked', 'agreed', 'not-agreed']);
export type VoiceSharing = z.infer<typeof voiceSharingSchema>;

export const childVoiceSchema = z.object({
  /** The child's person id in the family record. */
  childId: idSchema,
  /** What the child said, in their own words, exactly as they said it. */
  words: text(),
  /** Answers to the three prompts, in the child's words. */
  answers: z
    .object({ grow: text(), thinkAbout: text(), do: text() })
    .default(() => ({ grow: '', thinkAbout: '', do: '' })),
  methods: z.array(voiceMethodSchema).max(VOICE_METHODS.length).default(() => []),
  gatheredBy: z.string().max(300).default(''),
  gatheredOn: isoDateSchema.nullable().default(null),
  childPresent: z.boolean().nullable().default(null),
  /** Ids of pictures (a drawing) kept in the voiceImages table, on this computer only. */
  imageIds: z.array(idSchema).max(20).default(() => []),
  sharing: voiceSharingSchema.default('not-asked'),
  /** Who the child agreed may see their words: names or roles, as the child put it. */
  shareWith: z.string().max(2000).default(''),
});
export type ChildVoice = z.output<typeof childVoiceSchema>;

/** A picture the child made, stored encrypted like everything else and never sent anywhere unless exported. */
export const voiceImageSchema = z.object({
  id: idSchema,
  ...ofFamilyMeeting,
  childId: idSchema,
  /** image/png or image/jpeg. */
  mediaType: z.enum(['image/png', 'image/jpeg']),
  /** The picture as base64 (no data: prefix). */
  base64: z.string().max(14_000_000),
  /** What the picture shows, for anyone who cannot see it. */
  description: z.string().max(1000).default(''),
  addedAt: z.string(),
});
export type VoiceImage = z.output<typeof voiceImageSchema>;

// ---------------------------------------------------------------- strengths, worries, needs, scaling

export const listEntrySchema = z.object({ id: idSchema, text: z.string().max(4000) });
export type ListEntry = z.output<typeof listEntrySchema>;

export const scalingAnswerSchema = z.object({
  id: idSchema,
  /** The attendee's id when they are in attendance; otherwise null with a name typed in. */
  attendeeId: idSchema.nullable().default(null),
  name: z.string().max(300).default(''),
  score: z.number().int().min(SCALING_SCALE.lowest).max(SCALING_SCALE.highest).nullable().default(null),
  reason: z.string().max(4000).default(''),
});
export type ScalingAnswer = z.output<typeof scalingAnswerSchema>;

// ---------------------------------------------------------------- review of earlier actions

export const actionProgressSchema = z.enum(['done', 'partly', 'not-done']);
export type ActionProgress = z.infer<typeof actionProgressSchema>;
export const ACTION_PROGRESS_LABELS: Record<ActionProgress, string> = {
  done: 'Done',
  partly: 'Partly done',
  'not-done': 'Not done',
};

export const actionUpdateSchema = z.object({
  /** An open action from an earlier meeting. */
  actionId: idSchema,
  progress: actionProgressSchema.nullable().default(null),
  note: z.string().max(4000).default(''),
  /** True when an unfinished action goes on into this meeting's plan (a new action is made from it). */
  carriedForward: z.boolean().default(false),
});
export type ActionUpdate = z.output<typeof actionUpdateSchema>;

// ---------------------------------------------------------------- outcome

export const { values: OUTCOMES, schema: outcomeSchema, labels: OUTCOME_LABELS } = vocabulary({
  continue: 'Carry on with the plan',
  'step-down': 'Step down: things are better and one service (such as school) will support the family',
  'step-up': "Step up: ask children's social care for help (safeguarding)",
  close: 'Close the plan: the support is no longer needed',
});
export type Outcome = z.infer<typeof outcomeSchema>;

export const meetingOutcomeSchema = z.object({
  decision: outcomeSchema.nullable().default(null),
  reasons: text(20_000),
  /** What happens if things get worse before the next meeting, and who to contact. */
  contingency: text(20_000),
  nextReviewDate: isoDateSchema.nullable().default(null),
  /** Start time of the next review, "HH:mm" in Europe/London, when a time was chosen. */
  nextReviewTime: z.string().regex(/^\d{2}:\d{2}$/).nullable().default(null),
});
export type MeetingOutcome = z.output<typeof meetingOutcomeSchema>;

// ---------------------------------------------------------------- the record

export const meetingRecordStatusSchema = z.enum(['in-progress', 'finished']);
export type MeetingRecordStatus = z.infer<typeof meetingRecordStatusSchema>;

export const meetingRecordSchema = z.object({
  /** The meeting's id. */
  id: idSchema,
  familyId: idSchema,
  status: meetingRecordStatusSchema.default('in-progress'),
  attendees: z.array(attendeeSchema).max(80).default(() => []),
  /** In agenda order. */
  itemNotes: z.array(itemNoteSchema).max(80).default(() => []),
  /** The family's views, in their words. */
  familyViews: text(),
  childVoices: z.array(childVoiceSchema).max(20).default(() => []),
  goingWell: z.array(listEntrySchema).max(100).default(() => []),
  worries: z.array(listEntrySchema).max(100).default(() => []),
  needsToHappen: z.array(listEntrySchema).max(100).default(() => []),
  scalingQuestion: z.string().max(1000).default(''),
  scaling: z.array(scalingAnswerSchema).max(80).default(() => []),
  actionUpdates: z.array(actionUpdateSchema).max(200).default(() => []),
  outcome: meetingOutcomeSchema.default(() => meetingOutcomeSchema.parse({})),
  startedAt: z.string(),
  finishedAt: z.string().nullable().default(null),
  updatedAt: z.string(),
});
export type MeetingRecord = z.output<typeof meetingRecordSchema>;

/** A stored meeting record, checked; null when it does not read as one. */
export function readMeetingRecord(row: unknown): MeetingRecord | null {
  const parsed = meetingRecordSchema.safeParse(row);
  return parsed.success ? parsed.data : null;
}
