/**
 * The content of a long set of minutes (~30 pages): 15 agenda items of discussion and a
 * 60-row action table, from the seeded caseload text. Built once; each benchmark side turns
 * the same content into a document its own way.
 */
import { familyBundle, DEFAULT_SEED, type CaseloadSize } from '../caseload';
import { PRACTITIONERS } from '../caseload/names';
import { randomFor, pick } from '../caseload/random';
import { prose, sentence, type TextPeople } from '../caseload/text';

export interface MinutesSection {
  heading: string;
  paragraphs: string[];
  points: string[];
}

export interface MinutesAction {
  what: string;
  who: string;
  when: string;
  how: string;
  status: string;
}

export interface MinutesContent {
  title: string;
  subtitle: string;
  attendees: string[];
  sections: MinutesSection[];
  actions: MinutesAction[];
}

const ITEMS = [
  'Welcome and introductions',
  'What is working well',
  'What we are worried about',
  'What the family says',
  'What the children say',
  'School and attendance',
  'Health and development',
  'Housing and money',
  'Family time and routines',
  'Support from other services',
  'Review of last meeting’s actions',
  'Safety and wellbeing',
  'What needs to happen next',
  'Any other business',
  'Date of the next meeting',
];

const STATUS = ['Not started', 'In progress', 'Done', 'Not done'];
const SIZE: CaseloadSize = { families: 1, meetingsPerFamily: 6, actionsPerFamily: 60 };

export function minutesContent(seed: number = DEFAULT_SEED): MinutesContent {
  const random = randomFor(seed, 'minutes');
  const bundle = familyBundle(seed, 0, SIZE);
  const child = bundle.family.children[0]?.name ?? 'the child';
  const carer = bundle.family.carers[0]?.name ?? 'the parent';
  const people = (): TextPeople => ({ child, carer, practitioner: pick(random, PRACTITIONERS) });
  return {
    title: `Review meeting minutes: ${bundle.family.familyName}`,
    subtitle: `Team Around the Family review, 23 November 2026, ${bundle.meetings[0]?.venue ?? 'Family home'}. Chair: Siân Prydderch (early help lead).`,
    attendees: [...bundle.family.carers.map((c) => `${c.name} (${c.relationship})`), ...PRACTITIONERS],
    sections: ITEMS.map((heading) => ({
      heading,
      paragraphs: Array.from({ length: 4 }, () => prose(random, people(), 620, 860)),
      points: Array.from({ length: 4 }, () => sentence(random, people())),
    })),
    actions: bundle.actions.map((a) => ({
      what: a.what,
      who: a.ownerName,
      when: a.dueDate ?? 'No date',
      how: a.howWeWillKnow,
      status: pick(random, STATUS),
    })),
  };
}

export const ACTION_COLUMNS = ['What will happen', 'Who', 'By when', 'How we will know', 'Status'] as const;

export function actionCells(a: MinutesAction): string[] {
  return [a.what, a.who, a.when, a.how, a.status];
}
