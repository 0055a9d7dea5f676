/**
 * What a briefing or written report says, section by section, and the words for each: a school's
 * briefing and another agency's written report have the same shape, with wording for each.
 * One list, used by the form, the Word and PDF documents, and the report shown in the meeting.
 */
import type { z } from 'zod';
import { vocabulary } from '../domain/vocabulary';

export const { values: BRIEFING_KINDS, schema: briefingKindSchema, labels: BRIEFING_KIND_LABELS } = vocabulary({
  'school-briefing': 'School briefing',
  'written-report': 'Written report',
});
export type BriefingKind = z.infer<typeof briefingKindSchema>;

export const BRIEFING_KIND_HINTS: Record<BriefingKind, string> = {
  'school-briefing': 'From the child’s school: attendance, learning, behaviour and wellbeing.',
  'written-report': 'From any other service (health, housing, youth work…) whose worker cannot come to the meeting.',
};

/** How the child is getting on compared with what is expected for their age. */
export const { values: PROGRESS_LEVELS, schema: progressLevelSchema, labels: PROGRESS_LEVEL_LABELS } = vocabulary({
  above: 'Above what is expected for their age',
  at: 'At what is expected for their age',
  below: 'Below what is expected for their age',
  'well-below': 'Well below what is expected for their age',
});
export type ProgressLevel = z.infer<typeof progressLevelSchema>;

/** The written sections, in the order they are asked for and shown. */
export const SECTION_KEYS = [
  'progress',
  'behaviour',
  'wellbeing',
  'sendSupport',
  'goingWell',
  'worries',
  'alreadyDone',
  'childsWords',
  'childsWordsHow',
  'canOffer',
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];
export type SectionTexts = Record<SectionKey, string>;

interface SectionWords {
  heading: string;
  hint: string;
}

/** The sections a school and another service are asked in the same words. */
const SAME_FOR_BOTH = {
  wellbeing: { heading: 'Wellbeing', hint: 'How they seem in themselves: happy, worried, tired, hungry, settled, lonely.' },
  goingWell: { heading: 'What is going well', hint: 'Their strengths, and what is helping.' },
} satisfies Partial<Record<SectionKey, SectionWords>>;
const WORRIES_HINT = 'Say each worry clearly and kindly, and what you have seen that makes you worried.';
const OWN_WORDS_HINT = 'Write exactly what they said, without changing it. It will be shown as their own words.';

const SCHOOL: Record<SectionKey, SectionWords> = {
  ...SAME_FOR_BOTH,
  progress: { heading: 'Progress in learning', hint: 'How they are doing in their learning, compared with what is expected for their age.' },
  behaviour: { heading: 'Behaviour', hint: 'In class, at break times, and with other children and adults.' },
  sendSupport: {
    heading: 'Special educational needs support',
    hint: 'Any extra help for special educational needs or disability (SEND), such as SEN support or an education, health and care plan (EHCP). Write “None” if there is none.',
  },
  worries: { heading: 'What worries the school', hint: WORRIES_HINT },
  alreadyDone: { heading: 'What school has already done, and what difference it made', hint: 'For example: a daily check-in with a trusted adult since October, and what changed.' },
  childsWords: { heading: 'What the child has said in school, in their own words', hint: OWN_WORDS_HINT },
  childsWordsHow: { heading: 'How and when they said it', hint: 'For example: “In a chat with their class teacher on 12 November.”' },
  canOffer: { heading: 'What school can offer next', hint: 'Support the school can give from now on.' },
};

const REPORT: Record<SectionKey, SectionWords> = {
  ...SAME_FOR_BOTH,
  progress: { heading: 'How the child is doing', hint: 'Their health, development or learning, as your service sees it.' },
  behaviour: { heading: 'Behaviour and relationships', hint: 'What you have seen of how they get on with others.' },
  sendSupport: {
    heading: 'Special educational needs or other support',
    hint: 'Any extra help for special educational needs or disability (SEND), or other support they have. Write “None” if there is none.',
  },
  worries: { heading: 'What worries us', hint: WORRIES_HINT },
  alreadyDone: { heading: 'What our service has already done, and what difference it made', hint: 'What you did, when, and what changed.' },
  childsWords: { heading: 'What the child has said to us, in their own words', hint: OWN_WORDS_HINT },
  childsWordsHow: { heading: 'How and when they said it', hint: 'For example: “At a home visit on 12 November.”' },
  canOffer: { heading: 'What our service can offer next', hint: 'Support your service can give from now on.' },
};

export function sectionWords(kind: BriefingKind, key: SectionKey): SectionWords {
  return (kind === 'school-briefing' ? SCHOOL : REPORT)[key];
}

export const ATTENDANCE_HEADING = 'Attendance';
export const PROGRESS_LEVEL_HEADING = 'Compared with what is expected for their age';

export function emptySections(): SectionTexts {
  return Object.fromEntries(SECTION_KEYS.map((key) => [key, ''])) as SectionTexts;
}
