/**
 * What is filled in on one step of the live meeting screen, in a few words for the agenda list:
 * "Notes, 2 going well, 1 action". Counts only what someone typed or chose.
 */
import type { MeetingRecord } from '../../domain/meeting-record';
import type { RunPart } from './agenda-parts';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function partWords(part: RunPart, record: MeetingRecord, actionCount: number): string | null {
  const filled = (s: string) => s.trim() !== '';
  switch (part) {
    case 'attendance': {
      const marked = record.attendees.filter((a) => a.attendance !== null).length;
      return marked === 0 ? null : `${marked} of ${record.attendees.length} marked`;
    }
    case 'action-review': {
      const n = record.actionUpdates.filter((u) => u.progress !== null).length;
      return n === 0 ? null : `${n} reviewed`;
    }
    case 'child-voices': {
      const n = record.childVoices.filter((v) => filled(v.words) || Object.values(v.answers).some(filled) || v.imageIds.length > 0).length;
      return n === 0 ? null : count(n, 'child heard', 'children heard');
    }
    case 'family-views':
      return filled(record.familyViews) ? 'the family’s views' : null;
    case 'going-well': {
      const n = record.goingWell.filter((e) => filled(e.text)).length;
      return n === 0 ? null : `${n} going well`;
    }
    case 'worries': {
      const n = record.worries.filter((e) => filled(e.text)).length;
      return n === 0 ? null : count(n, 'worry', 'worries');
    }
    case 'needs-to-happen': {
      const n = record.needsToHappen.filter((e) => filled(e.text)).length;
      return n === 0 ? null : `${n} to happen`;
    }
    case 'scaling': {
      const n = record.scaling.filter((s) => s.score !== null).length;
      return n === 0 ? null : count(n, 'score', 'scores');
    }
    case 'actions':
      return actionCount === 0 ? null : count(actionCount, 'action', 'actions');
    case 'outcome':
      if (record.outcome.nextReviewDate !== null) return 'next review set';
      return record.outcome.decision !== null ? 'outcome chosen' : null;
  }
}

/** "Notes, 2 going well", or "Nothing yet". `itemId` is the agenda item whose notes count, if any. */
export function stepSummary(parts: readonly RunPart[], record: MeetingRecord, options: { itemId?: string; actionCount: number }): string {
  const words: string[] = [];
  const notes = options.itemId === undefined ? undefined : record.itemNotes.find((n) => n.itemId === options.itemId)?.notes;
  if (notes !== undefined && notes.trim() !== '') words.push('Notes');
  for (const part of parts) {
    const w = partWords(part, record, options.actionCount);
    if (w !== null) words.push(w);
  }
  const line = words.length === 0 ? 'nothing yet' : words.join(', ');
  return line.charAt(0).toLocaleUpperCase('en-GB') + line.slice(1);
}
