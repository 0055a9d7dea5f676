/**
 * A long meeting (30 pages of minutes as the app prints them): 15 agenda items of discussion, strengths, worries and
 * what needs to happen, the family's and the child's words, and a 60-row action plan, from the
 * seeded caseload text. `benchMinutes` gives it twice from the same generated text: as the
 * app's real input (a family, a planned meeting, the meeting record and its actions, for
 * shared/minutes), and as the flat content the floors build straight with `docx` or plain HTML.
 */
import type { Action } from '../../../shared/domain/action';
import { defaultAreaSettings } from '../../../shared/domain/area-settings';
import { meetingSchema } from '../../../shared/domain/meeting';
import { meetingRecordSchema } from '../../../shared/domain/meeting-record';
import { NO_CONSENT_RECORDED } from '../../../shared/rules/consent';
import { loadDefaultGlossary } from '../../../shared/rules/glossary';
import type { MinutesInput } from '../../../shared/minutes/types';
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

/** The floors' flat form of the minutes. */
export interface MinutesContent {
  title: string;
  subtitle: string;
  attendees: string[];
  sections: MinutesSection[];
  actions: MinutesAction[];
}

export interface BenchMinutes {
  /** What the app makes the minutes from (shared/minutes/types.ts). */
  input: MinutesInput;
  /** The same text, flat, for the floors. */
  floor: MinutesContent;
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

const STATUS = ['not-started', 'in-progress', 'done', 'not-done'] as const;
const STATUS_WORDS: Record<(typeof STATUS)[number], string> = { 'not-started': 'Not started', 'in-progress': 'In progress', done: 'Done', 'not-done': 'Not done' };
const SIZE: CaseloadSize = { families: 1, meetingsPerFamily: 6, actionsPerFamily: 60 };
const CHAIR = { name: 'Siân Prydderch', role: 'Early help lead' };
const AT = '2026-11-23T17:00:00.000Z';

/** "Tom Reid (school nurse)" -> name and role. */
function practitioner(entry: string): { name: string; role: string } {
  const m = /^(.*) \((.*)\)$/.exec(entry);
  return m ? { name: m[1] ?? entry, role: m[2] ?? '' } : { name: entry, role: '' };
}

export function benchMinutes(seed: number = DEFAULT_SEED): BenchMinutes {
  const random = randomFor(seed, 'minutes');
  const bundle = familyBundle(seed, 0, SIZE);
  const family = bundle.family;
  const child = family.children[0];
  const childName = child?.name ?? 'the child';
  const carer = family.carers[0]?.name ?? 'the parent';
  const people = (): TextPeople => ({ child: childName, carer, practitioner: pick(random, PRACTITIONERS) });
  const base = bundle.meetings[2] ?? bundle.meetings[0];
  if (!base) throw new Error('The bench family has no meetings');

  const items = ITEMS.map((title, i) => ({ id: `item-${String(i).padStart(4, '0')}`, title, description: '', minutes: 6, childAttends: false, kind: 'standard' as const }));
  const notes = ITEMS.map(() => Array.from({ length: 3 }, () => prose(random, people(), 480, 680)));
  const lists = { goingWell: Array.from({ length: 8 }, () => sentence(random, people())), worries: Array.from({ length: 8 }, () => sentence(random, people())), needs: Array.from({ length: 8 }, () => sentence(random, people())) };
  const familyViews = prose(random, people(), 600, 800);
  const childWords = prose(random, people(), 300, 500);
  const team = PRACTITIONERS.map(practitioner);

  const meeting = meetingSchema.parse({ ...base, kind: 'review', agenda: { meetingKind: 'review', items } });
  const record = meetingRecordSchema.parse({
    id: meeting.id,
    familyId: family.id,
    status: 'finished',
    attendees: [
      ...family.carers.map((c) => ({ id: c.id, kind: 'family', name: c.name, role: c.relationship, attendance: 'attended' })),
      ...team.map((t, i) => ({ id: `practitioner-${String(i).padStart(4, '0')}`, kind: 'practitioner', name: t.name, role: t.role, attendance: 'attended' })),
    ],
    itemNotes: items.map((item, i) => ({ itemId: item.id, notes: (notes[i] ?? []).join('\n\n') })),
    familyViews,
    childVoices: child ? [{ childId: child.id, words: childWords, methods: ['talking'], gatheredBy: CHAIR.name, sharing: 'agreed' }] : [],
    goingWell: lists.goingWell.map((text, i) => ({ id: `good-${String(i).padStart(6, '0')}`, text })),
    worries: lists.worries.map((text, i) => ({ id: `worry-${String(i).padStart(6, '0')}`, text })),
    needsToHappen: lists.needs.map((text, i) => ({ id: `need-${String(i).padStart(6, '0')}`, text })),
    outcome: { decision: 'continue', contingency: prose(random, people(), 300, 500) },
    startedAt: AT,
    updatedAt: AT,
  });
  const actions: Action[] = bundle.actions.map(({ isOpen: _isOpen, ...a }) => ({ ...a, meetingId: meeting.id, status: pick(random, STATUS) }));

  const input: MinutesInput = {
    family,
    meeting,
    record,
    actions,
    earlierActions: [],
    reports: [],
    voiceImages: [],
    area: defaultAreaSettings,
    chair: CHAIR,
    glossary: loadDefaultGlossary(),
    consentSummary: NO_CONSENT_RECORDED,
    plannedRecipients: [],
    builtAt: AT,
  };

  const floor: MinutesContent = {
    title: `Review meeting minutes: ${family.familyName}`,
    subtitle: `Team Around the Family review, ${meeting.startsAt.slice(0, 10)}, ${meeting.venue}. Chair: ${CHAIR.name} (${CHAIR.role}).`,
    attendees: [...family.carers.map((c) => `${c.name} (${c.relationship})`), ...PRACTITIONERS],
    sections: [
      { heading: 'The family’s views', paragraphs: [familyViews], points: [] },
      { heading: 'The child’s voice', paragraphs: [childWords], points: [] },
      ...ITEMS.map((heading, i) => ({ heading, paragraphs: notes[i] ?? [], points: [] })),
      { heading: 'What is going well', paragraphs: [], points: lists.goingWell },
      { heading: 'Worries', paragraphs: [], points: lists.worries },
      { heading: 'What needs to happen', paragraphs: [], points: lists.needs },
    ],
    actions: actions.map((a) => ({ what: a.what, who: a.ownerName, when: a.dueDate ?? 'No date', how: a.howWeWillKnow, status: STATUS_WORDS[a.status] })),
  };
  return { input, floor };
}

export const ACTION_COLUMNS = ['What will happen', 'Who', 'By when', 'How we will know', 'Status'] as const;

export function actionCells(a: MinutesAction): string[] {
  return [a.what, a.who, a.when, a.how, a.status];
}
