/** A meeting's unsaved minutes as the meeting screen will hold them: about 12 KB of text and ten actions. */
import { caseloadBatch, DEFAULT_SEED, TINY_CASELOAD } from '../caseload';

export interface MinutesDraft {
  meetingId: string;
  notes: string;
  actions: Array<{ what: string; ownerName: string; dueDate: string; howWeWillKnow: string }>;
}

export function minutesDraft(): MinutesDraft {
  const batch = caseloadBatch(DEFAULT_SEED, TINY_CASELOAD, 0, 4);
  const notes = batch.meetings.map((m) => m.notes).join('\n\n').slice(0, 12_000);
  return {
    meetingId: batch.meetings[0]?.id ?? 'meeting-00000000',
    notes,
    actions: batch.actions.slice(0, 10).map((a) => ({ what: a.what, ownerName: a.ownerName, dueDate: a.dueDate ?? '', howWeWillKnow: a.howWeWillKnow })),
  };
}

/** The draft after `keystrokes` more characters have been typed at the end of the notes. */
export function afterTyping(draft: MinutesDraft, keystrokes: number): MinutesDraft {
  return { ...draft, notes: draft.notes + 'abcdefghij'.repeat(Math.ceil(keystrokes / 10)).slice(0, keystrokes) };
}
