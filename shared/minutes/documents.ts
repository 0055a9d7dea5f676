/**
 * Every minutes document, built from the content (content.ts) as a TeamDocument, so Word and PDF
 * come from the same source (shared/documents): the minutes, the family's version (plain words,
 * larger type, a glossary at the end), the review copy (the family's version with space for
 * comments under each section), a letter to each child or young person, and the action plan.
 *
 * The content passed in must already be the recipient's copy (`redactContentFor` in
 * recipients.ts); `minutesExport` (export.ts) does both steps and the final leak check.
 */
import { bold, documentOf, h1, h2, keptWithNext, p, quote, table, ul, type Inline } from '../documents/builders';
import type { BlockInput, DocumentKind, TeamDocument } from '../documents/model';
import type { MinutesContent, MinutesSection } from '../domain/minutes';
import { formatLongDate } from '../rules/dates';
import type { MinutesDocumentOptions } from './types';
import { defaultMinutesWording, fill, type MinutesWording } from './wording';

export type MinutesVariant = 'professional' | 'family';

const present = (s: string | undefined): s is string => s !== undefined && s.trim() !== '';

function wordingOf(options: MinutesDocumentOptions): MinutesWording {
  return options.wording ?? defaultMinutesWording;
}

function metadata(content: MinutesContent, options: MinutesDocumentOptions, title: string, kind: DocumentKind, largePrint: boolean) {
  const w = wordingOf(options).minutes;
  return {
    title,
    author: content.chairName,
    subject: fill(w.subject, { meeting: content.title, date: formatLongDate(content.meetingDate) }),
    keywords: ['minutes', content.meetingDate],
    kind,
    marking: content.marking,
    practice: content.practice,
    draft: options.draft,
    largePrint,
    ...(options.createdAt ? { createdAt: options.createdAt } : {}),
  };
}

/** Lines under the title: who the copy is for, and the version (with the reason for a correction). */
function titleLines(options: MinutesDocumentOptions): BlockInput[] {
  const w = wordingOf(options).minutes;
  const out: BlockInput[] = [];
  if (present(options.recipientName)) out.push(p(bold(fill(w.copyFor, { name: options.recipientName }))));
  if (options.correction) {
    out.push(p(fill(w.correction, { version: options.version ?? options.correction.previous + 1, previous: options.correction.previous, reason: options.correction.reason })));
  } else if (options.version !== undefined && options.version > 1) {
    out.push(p(fill(w.version, { version: options.version })));
  }
  return out;
}

function glossaryBlocks(content: MinutesContent, wording: MinutesWording): BlockInput[] {
  if (content.glossary.length === 0) return [];
  const g = wording.familyVersion;
  return [
    h2(g.glossaryHeading),
    p(g.glossaryIntro),
    ul(...content.glossary.map((t): Inline[] => [bold(t.term), t.abbreviationOf ? ` (${t.abbreviationOf})` : '', `: ${t.plain}`])),
  ];
}

function sectionBlocks(section: MinutesSection, variant: MinutesVariant): BlockInput[] {
  return variant === 'family' ? [h2(section.familyHeading), ...section.familyBlocks] : [h2(section.heading), ...section.blocks];
}

/** The minutes, professional or family wording. */
export function minutesDocument(content: MinutesContent, options: MinutesDocumentOptions & { variant: MinutesVariant }): TeamDocument {
  if (options.variant === 'family') return familyVersionDocument(content, options);
  return documentOf(metadata(content, options, content.title, 'minutes', false), [
    h1(content.title),
    ...titleLines(options),
    ...content.sections.flatMap((s) => sectionBlocks(s, 'professional')),
  ]);
}

/** The family's version: plain words, larger type, roles and abbreviations explained, and a glossary at the end. */
export function familyVersionDocument(content: MinutesContent, options: MinutesDocumentOptions): TeamDocument {
  const wording = wordingOf(options);
  const w = wording.minutes;
  const title = fill(w.familyTitle, { date: formatLongDate(content.meetingDate) });
  return documentOf(metadata(content, options, title, 'family-version', wording.familyVersion.largePrint), [
    h1(title),
    ...titleLines(options),
    p(fill(w.familyIntro, { chair: content.chairName })),
    ...content.sections.flatMap((s) => sectionBlocks(s, 'family')),
    ...glossaryBlocks(content, wording),
  ]);
}

/** Space to write in: a one-cell table whose header says what to write. */
function writingSpace(caption: string, header: string, lines: number): BlockInput {
  return table(caption, [header], [[Array.from({ length: lines }, () => '\u00A0').join('\n')]]);
}

/**
 * The review copy to take home: the family's version with, under each section, "is this right?"
 * boxes and space for their own words; and at the end, whether they agree the minutes overall.
 * The chair records the answers later (workflow.recordFamilyResponse, how: 'review-copy').
 */
export function reviewCopyDocument(content: MinutesContent, options: MinutesDocumentOptions): TeamDocument {
  const wording = wordingOf(options);
  const r = wording.reviewCopy;
  const title = fill(r.title, { date: formatLongDate(content.meetingDate) });
  const blocks: BlockInput[] = [h1(title), ...titleLines(options), p(fill(r.intro, { chair: content.chairName }))];
  for (const section of content.sections) {
    if (section.id === 'family-comments') continue;
    blocks.push(...sectionBlocks(section, 'family'));
    // A question and its tick boxes stay on one page.
    blocks.push(keptWithNext(p(bold(r.question))), keptWithNext(p(r.right)), p(r.wrong));
    blocks.push(writingSpace(fill(r.spaceCaption, { heading: section.familyHeading }), r.yourWords, r.writingLines));
  }
  blocks.push(h2(r.overallHeading), keptWithNext(p(r.overallAgreed)), keptWithNext(p(r.overallChanges)), p(r.overallDisagree));
  blocks.push(writingSpace(fill(r.spaceCaption, { heading: r.overallHeading }), r.yourWords, r.writingLines), p(r.signature));
  blocks.push(...glossaryBlocks(content, wording));
  return documentOf(metadata(content, options, title, 'family-version', wording.familyVersion.largePrint), blocks);
}

/**
 * A letter to one child or young person, in words they can follow: what they told us (their own
 * words), what people will do to help (by role, not by name), and when the next meeting is.
 * Nothing about anyone else: no other child's words, no adults' worries, no addresses.
 * Made only from agreed minutes, so never marked DRAFT; instead of the protective marking, a
 * plain line at the foot of each page says who it is for (record 0046).
 */
export function childLetterDocument(content: MinutesContent, childId: string, options: MinutesDocumentOptions): TeamDocument {
  const wording = wordingOf(options);
  const l = wording.childLetter;
  const letter = content.childLetters.find((c) => c.childId === childId);
  if (!letter) throw new Error('There is no child with this id in these minutes.');
  if (options.draft) throw new Error('A letter to a child is made from agreed minutes only: it never says DRAFT.');
  const title = fill(l.title, { name: letter.name });
  const blocks: BlockInput[] = [
    h1(title),
    ...titleLines({ ...options, recipientName: undefined }),
    p(fill(l.greeting, { name: letter.name })),
    p(fill(l.intro, { date: formatLongDate(content.meetingDate) })),
    h2(l.yourWordsHeading),
  ];
  if (letter.theirWords.length > 0 || letter.pictures.length > 0) {
    blocks.push(p(l.yourWordsIntro), ...letter.theirWords.map((words) => quote(words, letter.name, { ownWords: true, toReader: true })), ...letter.pictures);
  } else {
    blocks.push(p(l.noWords));
  }
  blocks.push(h2(l.whatWillHappenHeading));
  if (letter.whatWillHappen.length > 0) {
    blocks.push(
      p(l.whatWillHappenIntro),
      ul(...letter.whatWillHappen.map((a) => fill(present(a.when) ? l.actionLineBy : l.actionLine, { who: a.who, what: lowerFirst(a.what), when: a.when }))),
    );
  } else {
    blocks.push(p(l.nothingToDo));
  }
  if (present(letter.nextMeeting)) blocks.push(h2(l.nextMeetingHeading), p(fill(l.nextMeeting, { date: letter.nextMeeting })));
  blocks.push(p(fill(l.talkToSomeone, { chair: content.chairName })), p(l.signOff), p(bold(content.chairName)));
  return documentOf(
    { ...metadata(content, options, title, 'child-letter', true), keywords: ['letter', content.meetingDate], plainFooter: fill(l.footer, { name: letter.name }) },
    blocks,
  );
}

/** "Ring the housing office" -> "ring the housing office", but "I" and names stay. */
function lowerFirst(s: string): string {
  const first = s.split(/\s+/)[0] ?? '';
  if (first.length > 1 && first === first.toUpperCase()) return s;
  if (/^(I|I'm|I'll)$/.test(first)) return s;
  return s.charAt(0).toLocaleLowerCase('en-GB') + s.slice(1);
}

/** The action plan on its own: actions, contingency and the next review. */
export function actionPlanDocument(content: MinutesContent, options: MinutesDocumentOptions & { variant?: MinutesVariant }): TeamDocument {
  const wording = wordingOf(options);
  const a = wording.actionPlan;
  const variant = options.variant ?? 'professional';
  const title = fill(a.title, { meeting: content.meetingName });
  const pick = (id: MinutesSection['id']) => content.sections.filter((s) => s.id === id).flatMap((s) => sectionBlocks(s, variant));
  return documentOf(metadata(content, options, title, 'action-plan', variant === 'family' && wording.familyVersion.largePrint), [
    h1(title),
    ...titleLines(options),
    p(fill(a.intro, { date: formatLongDate(content.meetingDate) })),
    ...pick('action-plan'),
    ...pick('contingency'),
    ...pick('next-review'),
  ]);
}
