/**
 * A briefing being written here, on the school's or agency's side, kept exactly as typed (it is
 * saved on every keystroke, so nothing is trimmed) in the authoredBriefings table. When the author
 * exports it, `briefingBodyFrom` checks it and turns it into the briefing file's body; every
 * problem names the form field it belongs to, in plain words.
 */
import { z } from 'zod';
import { idSchema } from '../domain/family';
import { compareIsoDates, parseUkDate, type IsoDate } from '../rules/dates';
import { briefingTerms, checkSessionFigures, type FigureField, type TypedFigures } from '../rules/school-attendance';
import {
  BRIEFING_FORMAT,
  BRIEFING_FORMAT_VERSION,
  briefingBodySchema,
  MAX_LINE_CHARS,
  MAX_SECTION_CHARS,
  type BriefingBody,
  type TermFigures,
} from './file-format';
import { briefingRequestSchema, type BriefingRequest } from './request';
import { briefingKindSchema, emptySections, progressLevelSchema, SECTION_KEYS, sectionWords, type BriefingKind, type SectionKey, type SectionTexts } from './sections';

const typed = (max: number) => z.string().max(max).default('');

const typedFiguresSchema = z.object({ possible: typed(20), attended: typed(20), late: typed(20) });
const emptyFigures = (): TypedFigures => ({ possible: '', attended: '', late: '' });

const sectionsSchema = z.object(
  Object.fromEntries(SECTION_KEYS.map((key) => [key, typed(MAX_SECTION_CHARS)])) as Record<SectionKey, ReturnType<typeof typed>>,
);

export const authoredBriefingSchema = z.object({
  id: idSchema,
  request: briefingRequestSchema,
  kind: briefingKindSchema,
  author: z.object({ name: typed(MAX_LINE_CHARS), role: typed(MAX_LINE_CHARS), agency: typed(MAX_LINE_CHARS) }),
  /** As typed: 23/11/2026 or 2026-11-23. */
  writtenOn: typed(40),
  child: z.object({ name: typed(MAX_LINE_CHARS), dateOfBirth: typed(40) }),
  attendance: z
    .object({ thisTerm: typedFiguresSchema, lastTerm: typedFiguresSchema })
    .default(() => ({ thisTerm: emptyFigures(), lastTerm: emptyFigures() })),
  progressLevel: progressLevelSchema.nullable().default(null),
  sections: sectionsSchema.default(() => emptySections()),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** When the briefing file was last saved for the chair; null until then. */
  exportedAt: z.string().nullable().default(null),
});
export type AuthoredBriefing = z.output<typeof authoredBriefingSchema>;

/** Reads a stored row; null when it is not an authored briefing. */
export function readAuthoredBriefing(row: unknown): AuthoredBriefing | null {
  const parsed = authoredBriefingSchema.safeParse(row);
  return parsed.success ? parsed.data : null;
}

function ukDate(iso: IsoDate): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** A new briefing from a request: the child as the chair named them, the author from the profile, today's date. */
export function newAuthoredBriefing(
  request: BriefingRequest,
  options: { id: string; now: string; today: IsoDate; author: { name: string; role: string } },
): AuthoredBriefing {
  return authoredBriefingSchema.parse({
    id: options.id,
    request,
    kind: request.kind,
    author: { name: options.author.name || request.askedOf.name, role: options.author.role, agency: request.askedOf.agency },
    writtenOn: ukDate(options.today),
    child: { name: request.child.name, dateOfBirth: ukDate(request.child.dateOfBirth) },
    createdAt: options.now,
    updatedAt: options.now,
  });
}

// ---------------------------------------------------------------- checking, for export

/** Form field ids, shared by the form and the error summary. */
export const FIELD_IDS = {
  authorName: 'briefing-author-name',
  authorRole: 'briefing-author-role',
  authorAgency: 'briefing-author-agency',
  writtenOn: 'briefing-written-on',
  childName: 'briefing-child-name',
  childDateOfBirth: 'briefing-child-dob',
  figure: (term: 'thisTerm' | 'lastTerm', field: FigureField) => `briefing-${term}-${field}`,
  section: (key: SectionKey) => `briefing-${key}`,
} as const;

export interface BriefingProblem {
  fieldId: string;
  message: string;
}

export type BriefingCheck = { ok: true; body: BriefingBody } | { ok: false; problems: BriefingProblem[] };

function required(value: string, fieldId: string, message: string, problems: BriefingProblem[]): string {
  const trimmed = value.trim();
  if (trimmed === '') problems.push({ fieldId, message });
  return trimmed;
}

function date(value: string, fieldId: string, what: string, problems: BriefingProblem[]): IsoDate | null {
  if (value.trim() === '') {
    problems.push({ fieldId, message: `Enter ${what}, for example 23/11/2026` });
    return null;
  }
  const parsed = parseUkDate(value);
  if (!parsed.ok) {
    problems.push({ fieldId, message: `${what[0]?.toUpperCase() ?? ''}${what.slice(1)}: ${parsed.message}` });
    return null;
  }
  return parsed.date;
}

function termFigures(
  briefing: AuthoredBriefing,
  which: 'thisTerm' | 'lastTerm',
  name: string,
  problems: BriefingProblem[],
): TermFigures | null {
  const checked = checkSessionFigures(briefing.attendance[which], name);
  if (!checked.ok) {
    for (const p of checked.problems) problems.push({ fieldId: FIELD_IDS.figure(which, p.field), message: p.message });
    return null;
  }
  if (!checked.figures) return null;
  return { term: name, sessionsPossible: checked.figures.possible, sessionsAttended: checked.figures.attended, lateSessions: checked.figures.late };
}

/** The names of this term and last term for the date typed, or for `today` while the date is not yet valid. */
export function termNamesFor(writtenOn: string, today: IsoDate): { thisTerm: string; lastTerm: string } {
  const parsed = parseUkDate(writtenOn);
  const terms = briefingTerms(parsed.ok ? parsed.date : today);
  return { thisTerm: terms.thisTerm.name, lastTerm: terms.lastTerm.name };
}

/**
 * Checks the briefing and makes the file's body, text trimmed. The author, the date (not in the
 * future), the child, any attendance figures and at least one written section are needed.
 */
export function briefingBodyFrom(briefing: AuthoredBriefing, options: { now: string; today: IsoDate }): BriefingCheck {
  const problems: BriefingProblem[] = [];
  const name = required(briefing.author.name, FIELD_IDS.authorName, 'Enter your name', problems);
  const role = required(briefing.author.role, FIELD_IDS.authorRole, 'Enter your role, for example Designated safeguarding lead', problems);
  const agency = required(
    briefing.author.agency,
    FIELD_IDS.authorAgency,
    briefing.kind === 'school-briefing' ? 'Enter the name of your school' : 'Enter the name of your service or organisation',
    problems,
  );
  const writtenOn = date(briefing.writtenOn, FIELD_IDS.writtenOn, 'the date you wrote this', problems);
  if (writtenOn && compareIsoDates(writtenOn, options.today) > 0) {
    problems.push({ fieldId: FIELD_IDS.writtenOn, message: 'The date you wrote this cannot be in the future' });
  }
  const childName = required(briefing.child.name, FIELD_IDS.childName, 'Enter the child’s name', problems);
  const dateOfBirth = date(briefing.child.dateOfBirth, FIELD_IDS.childDateOfBirth, 'the child’s date of birth', problems);

  let attendance: BriefingBody['content']['attendance'] = null;
  if (briefing.kind === 'school-briefing') {
    const names = termNamesFor(briefing.writtenOn, options.today);
    const thisTerm = termFigures(briefing, 'thisTerm', names.thisTerm, problems);
    const lastTerm = termFigures(briefing, 'lastTerm', names.lastTerm, problems);
    attendance = thisTerm || lastTerm ? { thisTerm, lastTerm } : null;
  }

  const sections = Object.fromEntries(SECTION_KEYS.map((key) => [key, briefing.sections[key].trim()])) as SectionTexts;
  const anyWritten = SECTION_KEYS.some((key) => key !== 'childsWordsHow' && sections[key] !== '');
  if (!anyWritten) {
    problems.push({ fieldId: FIELD_IDS.section('progress'), message: 'Write at least one section of the briefing before you save it for the chair' });
  }
  if (sections.childsWordsHow !== '' && sections.childsWords === '') {
    problems.push({
      fieldId: FIELD_IDS.section('childsWords'),
      message: `You said how and when the child said something: write what they said in “${sectionWords(briefing.kind, 'childsWords').heading}”`,
    });
  }

  if (problems.length > 0 || !writtenOn || !dateOfBirth) return { ok: false, problems };
  const body: BriefingBody = {
    format: BRIEFING_FORMAT,
    formatVersion: BRIEFING_FORMAT_VERSION,
    briefingId: briefing.id,
    request: { meetingId: briefing.request.meetingId, childId: briefing.request.childId },
    kind: briefing.kind,
    author: {
      name,
      role,
      agency,
      ...(briefing.request.askedOf.practitionerId ? { practitionerId: briefing.request.askedOf.practitionerId } : {}),
    },
    writtenOn,
    child: { name: childName, dateOfBirth },
    content: { attendance, progressLevel: briefing.kind === 'school-briefing' ? briefing.progressLevel : null, ...sections },
    savedAt: options.now,
  };
  const parsed = briefingBodySchema.safeParse(body);
  if (!parsed.success) {
    return { ok: false, problems: [{ fieldId: FIELD_IDS.authorName, message: 'Something in the briefing is too long or not valid. Check each part and try again.' }] };
  }
  return { ok: true, body: parsed.data };
}

/** "School briefing about Leo Ruiz" */
export function briefingTitle(kind: BriefingKind, childName: string): string {
  return `${kind === 'school-briefing' ? 'School briefing' : 'Written report'} about ${childName}`;
}
