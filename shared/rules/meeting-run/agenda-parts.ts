/**
 * Which parts of the meeting record belong to which agenda item, and which section of the minutes
 * an item's notes go to. Agendas are data an area can edit (templates/agendas/*.json) and a chair
 * can add items, so an item is recognised by what the agenda model says about it (the action
 * review's kind, the child's-voice flag) and otherwise by the words of its title. An item that
 * matches nothing gets the notes box only, and its notes go to "Updates".
 */
import type { AgendaItem } from '../../domain/agenda';
import type { MinutesSectionId } from '../../domain/minutes';

/** What an agenda item is about. */
export type AgendaTopic =
  | 'welcome'
  | 'purpose'
  | 'action-review'
  | 'child-voice'
  | 'family-views'
  | 'going-well'
  | 'worries'
  | 'updates'
  | 'needs'
  | 'contingency'
  | 'scaling'
  | 'outcome'
  | 'next-meeting'
  | 'other';

/** A part of the live meeting screen, beyond the notes every item has. */
export type RunPart =
  | 'attendance'
  | 'action-review'
  | 'child-voices'
  | 'family-views'
  | 'going-well'
  | 'worries'
  | 'needs-to-happen'
  | 'scaling'
  | 'actions'
  | 'outcome';

/** Every part, in the order a meeting with no agenda takes them. */
export const RUN_PARTS: readonly RunPart[] = [
  'attendance',
  'family-views',
  'child-voices',
  'action-review',
  'going-well',
  'worries',
  'needs-to-happen',
  'scaling',
  'actions',
  'outcome',
];

export const RUN_PART_TITLES: Record<RunPart, string> = {
  attendance: 'Who is here',
  'action-review': 'Actions from earlier meetings',
  'child-voices': 'The child’s voice',
  'family-views': 'The family’s views',
  'going-well': 'What is going well',
  worries: 'What we are worried about',
  'needs-to-happen': 'What needs to happen',
  scaling: 'Scaling',
  actions: 'Actions',
  outcome: 'Outcome and next review',
};

/** Title words, tried in this order (so "How worried are we?" is scaling before it is a worry). */
const TITLE_RULES: ReadonlyArray<readonly [RegExp, AgendaTopic]> = [
  [/\bwelcome\b|\bintroduc/, 'welcome'],
  [/how worried|\bscal(e|ing)\b/, 'scaling'],
  [/going well|gone well|strength|working well/, 'going-well'],
  [/worr|concern/, 'worries'],
  [/not get better|not improve|contingency|get worse/, 'contingency'],
  [/next meeting|next review/, 'next-meeting'],
  [/needs? to happen|\bthe plan\b|action plan/, 'needs'],
  [/support ends|what happens next|outcome|decision/, 'outcome'],
  [/review of|looking back|earlier actions|last plan/, 'action-review'],
  [/child.s voice|child.s views|children.s views|young person.s views/, 'child-voice'],
  [/family.s views|what you want|your views/, 'family-views'],
  [/\bupdates?\b|each service|reports?\b/, 'updates'],
  [/why we are meeting|what is shared|confidential|privacy|purpose/, 'purpose'],
];

/** What an agenda item is about: from its kind and flags first, then from its title. */
export function agendaTopic(item: Pick<AgendaItem, 'title' | 'kind' | 'childVoice'>): AgendaTopic {
  if (item.kind === 'action-review') return 'action-review';
  if (item.childVoice === true) return 'child-voice';
  // Curly and straight apostrophes alike.
  const title = item.title.toLocaleLowerCase('en-GB').replace(/[’‘]/g, "'");
  return TITLE_RULES.find(([pattern]) => pattern.test(title))?.[1] ?? 'other';
}

const TOPIC_PARTS: Record<AgendaTopic, readonly RunPart[]> = {
  welcome: ['attendance'],
  purpose: [],
  'action-review': ['action-review'],
  'child-voice': ['child-voices'],
  'family-views': ['family-views'],
  'going-well': ['going-well'],
  worries: ['worries'],
  updates: [],
  needs: ['needs-to-happen', 'actions'],
  contingency: ['outcome'],
  scaling: ['scaling'],
  outcome: ['outcome'],
  'next-meeting': ['outcome'],
  other: [],
};

const TOPIC_SECTIONS: Record<AgendaTopic, MinutesSectionId> = {
  welcome: 'attendance',
  purpose: 'confidentiality',
  'action-review': 'earlier-actions',
  'child-voice': 'child-voice',
  'family-views': 'family-views',
  'going-well': 'strengths',
  worries: 'worries',
  updates: 'updates',
  needs: 'needs',
  contingency: 'contingency',
  scaling: 'scaling',
  outcome: 'decisions',
  'next-meeting': 'next-review',
  other: 'updates',
};

/** The section of the minutes where notes typed under this item are printed. */
export function minutesSectionForItem(item: Pick<AgendaItem, 'title' | 'kind' | 'childVoice'> | undefined): MinutesSectionId {
  return item === undefined ? 'updates' : TOPIC_SECTIONS[agendaTopic(item)];
}

/**
 * Where a part goes when no item on the agenda is about it, in order of preference: the family's
 * views are heard with the child's voice; the lists and actions sit with their neighbours.
 */
const FALLBACK_HOSTS: Partial<Record<RunPart, readonly AgendaTopic[]>> = {
  'family-views': ['child-voice', 'welcome'],
  // At a first meeting this part is usually empty and shows nothing; open actions from elsewhere still get a place.
  'action-review': ['updates', 'needs'],
  'going-well': ['worries', 'needs'],
  worries: ['going-well', 'needs'],
  'needs-to-happen': ['outcome', 'next-meeting'],
  actions: ['needs', 'outcome', 'next-meeting'],
  outcome: ['next-meeting', 'contingency'],
};

/** One step of the live screen: before the agenda, an agenda item, the parts no item took, or the end. */
export type RunStep =
  | { kind: 'start'; key: 'start'; title: string; parts: readonly RunPart[] }
  | { kind: 'item'; key: string; itemId: string; number: number; title: string; topic: AgendaTopic; parts: readonly RunPart[] }
  | { kind: 'rest'; key: 'rest'; title: string; parts: readonly RunPart[] }
  | { kind: 'finish'; key: 'finish'; title: string; parts: readonly RunPart[] };

export interface StepItem {
  itemId: string;
  /** Undefined for an item taken off the agenda after the meeting began. */
  item: Pick<AgendaItem, 'title' | 'kind' | 'childVoice'> | undefined;
}

export const TAKEN_OFF_TITLE = 'An item taken off the agenda';

/**
 * The steps of the live screen, in order: "Who is here", each agenda item with its parts (in the
 * agenda's order), then any part no item took ("Other parts of the record"), then "Finish the
 * meeting". Parts that only make sense at some meetings (the review of earlier actions, at a first
 * meeting) are left out by `available`.
 */
export function runSteps(items: readonly StepItem[], available: (part: RunPart) => boolean = () => true): RunStep[] {
  const itemSteps = items.map(({ itemId, item }, index) => {
    const topic = item === undefined ? 'other' : agendaTopic(item);
    return { itemId, number: index + 1, title: item?.title ?? TAKEN_OFF_TITLE, topic, parts: TOPIC_PARTS[topic].filter(available) };
  });
  const claimed = new Set(itemSteps.flatMap((s) => s.parts));
  for (const part of RUN_PARTS) {
    if (claimed.has(part) || part === 'attendance' || !available(part)) continue;
    const host = (FALLBACK_HOSTS[part] ?? []).map((topic) => itemSteps.find((s) => s.topic === topic)).find((s) => s !== undefined);
    if (host === undefined) continue;
    host.parts = RUN_PARTS.filter((p) => p === part || host.parts.includes(p));
    claimed.add(part);
  }
  const rest = RUN_PARTS.filter((p) => p !== 'attendance' && available(p) && !claimed.has(p));
  return [
    { kind: 'start', key: 'start', title: 'Who is here', parts: ['attendance'] },
    ...itemSteps.map((s): RunStep => ({ kind: 'item', key: s.itemId, ...s })),
    ...(rest.length > 0 ? [{ kind: 'rest' as const, key: 'rest' as const, title: items.length === 0 ? 'The meeting' : 'Other parts of the record', parts: rest }] : []),
    // The outcome again, so a refusal to finish can point at the date it needs on the same screen.
    { kind: 'finish', key: 'finish', title: 'Finish the meeting', parts: ['outcome'] },
  ];
}
