import type { FamilyRecord } from '../../../shared/domain/family-record';
import type { PlannedMeeting } from '../../../shared/domain/meeting';
import type { MeetingRecord } from '../../../shared/domain/meeting-record';
import { knownAs } from '../../../shared/domain/person';
import type { FieldProblem } from '../../../shared/rules/meeting-run/saveable';

export interface ProblemLink {
  /** The id of the box on screen, when it can be found. */
  id: string | undefined;
  /** The field in words, for "Saved, except one field: the notes on “Welcome”". */
  label: string;
  /** Where the field is on the live screen: an agenda item's id or a part (`?item=`), opened before focusing it. */
  step?: string;
}

const LISTS = { goingWell: 'what is going well', worries: 'what we are worried about', needsToHappen: 'what needs to happen' } as const;
const LIST_ENTRY = { goingWell: 'Going well', worries: 'Worry', needsToHappen: 'Needs to happen' } as const;
const LIST_PART = { goingWell: 'going-well', worries: 'worries', needsToHappen: 'needs-to-happen' } as const;
const isList = (name: unknown): name is keyof typeof LISTS => typeof name === 'string' && name in LISTS;

const VOICE_FIELDS: Record<string, string> = { words: 'words', grow: 'grow', thinkAbout: 'thinkAbout', do: 'do', shareWith: 'share-with', gatheredBy: 'by', gatheredOn: 'on' };

/** Which box on the live screen a field problem belongs to, and what to call it; ids follow each section's own. */
export function problemLink(problem: FieldProblem, record: MeetingRecord, meeting: PlannedMeeting, family: FamilyRecord): ProblemLink {
  const [part, index, field] = problem.path;
  const at = typeof index === 'number' ? index : -1;
  if (part === 'familyViews') return { id: 'run-family-views-text', label: 'the family’s views', step: 'family-views' };
  if (part === 'scalingQuestion') return { id: 'run-scaling-question', label: 'the scaling question', step: 'scaling' };
  if (part === 'outcome' && index === 'reasons') return { id: 'run-reasons', label: 'why the team agreed the outcome', step: 'finish' };
  if (part === 'outcome' && index === 'contingency') return { id: 'run-contingency', label: 'the contingency plan', step: 'finish' };
  if (part === 'itemNotes') {
    const note = record.itemNotes[at];
    const title = meeting.agenda?.items.find((i) => i.id === note?.itemId)?.title;
    if (note) return { id: `notes-${note.itemId}`, label: title ? `the notes on “${title}”` : 'the notes on an agenda item', step: note.itemId };
  }
  if (isList(part)) {
    const entry = record[part][at];
    if (entry) return { id: `${part}-${entry.id}`, label: `${LIST_ENTRY[part]} ${at + 1}`, step: LIST_PART[part] };
    return { id: `${part}-add`, label: LISTS[part], step: LIST_PART[part] };
  }
  if (part === 'childVoices') {
    const voice = record.childVoices[at];
    const child = family.children.find((c) => c.id === voice?.childId);
    const name = child ? `${knownAs(child)}’s voice` : 'a child’s voice';
    const box = field === 'answers' ? problem.path[3] : field;
    const suffix = typeof box === 'string' ? VOICE_FIELDS[box] : undefined;
    return { id: voice && suffix ? `voice-${voice.childId}-${suffix}` : undefined, label: name, step: 'child-voices' };
  }
  if (part === 'scaling') {
    const answer = record.scaling[at];
    const box = field === 'name' ? 'name' : 'reason';
    return { id: answer ? `scale-${box}-${answer.id}` : undefined, label: `scaling answer ${at + 1}`, step: 'scaling' };
  }
  if (part === 'actionUpdates') {
    const update = record.actionUpdates[at];
    return { id: update ? `review-${update.actionId}-note` : undefined, label: 'the review of an earlier action', step: 'action-review' };
  }
  return { id: undefined, label: 'one part of the meeting' };
}
