/**
 * The minutes' content, built once from the meeting's data, in the standard order: meeting
 * details, who came, apologies and reports, confidentiality and who will receive the minutes,
 * the family's views, the child's voice, updates, earlier actions, strengths, worries, what needs
 * to happen, scaling, decisions, the action plan, contingency, the next review, the distribution
 * list and the family's comments.
 *
 * Each section carries two wordings as format-neutral blocks: the professional minutes, and the
 * family's version in plain words (roles and abbreviations explained). The screens show it
 * section by section; documents.ts prints it; the row freezes it when the minutes are final.
 * Wording comes from templates/minutes/wording.json. The sections are built in content/, one
 * file per group of sections.
 *
 * People's own words (the family's views, a child's words, the family's comments) are printed as
 * quotations, exactly as they were given, in every version.
 */
import { z } from 'zod';
import { areaWords } from '../domain/area-settings';
import { MEETING_KIND_LABELS } from '../domain/meeting';
import { type MinutesContent, minutesContentSchema, minutesSectionSchema } from '../domain/minutes';
import { knownAs } from '../domain/person';
import { londonTime } from '../time/london';
import { termsUsed } from './plain-words';
import type { MinutesInput } from './types';
import { defaultMinutesWording, fill, type MinutesWording } from './wording';
import { blockText } from './content/block-text';
import { childLetters } from './content/child-letters';
import { withItemNotes } from './content/item-notes';
import type { Ctx, Draft } from './content/context';
import { apologies, attendance, confidentiality, meetingDetails } from './content/meeting-sections';
import { actionPlan, decisions, earlierActions, listSection, nextReview, scaling, textSection, updates } from './content/plan-sections';
import { addAmendments, distribution, familyComments } from './content/response-sections';
import { venueOf } from './content/venue';
import { childVoice, familyViews } from './content/voice-sections';

export { blockText } from './content/block-text';
export { venueWords } from './content/venue';
export { reportBlocks } from './content/voice-sections';

export interface BuildOptions {
  wording?: MinutesWording;
}

/** Builds the content. Throws only on data that breaks the document model (which validation prevents). */
export function minutesContent(input: MinutesInput, options: BuildOptions = {}): MinutesContent {
  const wording = options.wording ?? defaultMinutesWording;
  const w = wording.minutes;
  const { family, meeting, record, area } = input;
  const words = areaWords(area);
  const meetingDate = londonTime(meeting.startsAt).toPlainDate().toString();
  const meetingName = `${words.meetingLong} ${MEETING_KIND_LABELS[meeting.kind].toLocaleLowerCase('en-GB')}`;
  const childName = (id: string | null | undefined): string | null => {
    const child = family.children.find((c) => c.id === id);
    return child ? knownAs(child) : null;
  };
  const ctx: Ctx = { input, wording, w, words, meetingDate, childName, glossary: input.glossary };

  const built: Draft[] = [
    meetingDetails(ctx, venueOf(input)),
    attendance(ctx),
    apologies(ctx),
    confidentiality(ctx),
    familyViews(ctx),
    childVoice(ctx),
    updates(ctx),
    earlierActions(ctx),
    listSection(ctx, 'strengths', record.goingWell.map((e) => e.text)),
    listSection(ctx, 'worries', record.worries.map((e) => e.text)),
    listSection(ctx, 'needs', record.needsToHappen.map((e) => e.text)),
    scaling(ctx),
    decisions(ctx),
    actionPlan(ctx),
    textSection(ctx, 'contingency', record.outcome.contingency),
    nextReview(ctx),
    distribution(ctx),
    familyComments(ctx),
  ];
  const drafts = built.map((d) => withItemNotes(ctx, d));
  addAmendments(ctx, drafts);

  const sections = z.array(minutesSectionSchema).parse(
    drafts.map((d) => ({
      id: d.id,
      heading: wording.sections[d.id].heading,
      familyHeading: wording.sections[d.id].familyHeading,
      blocks: d.blocks,
      familyBlocks: d.familyBlocks,
    })),
  );

  const familyText = JSON.stringify(sections.map((s) => [s.familyHeading, s.familyBlocks.map(blockText)]));
  const glossary = termsUsed(`${familyText} ${words.meetingShort} ${words.lead} ${words.service}`, input.glossary).map((t) => ({
    term: t.term,
    ...(t.abbreviationOf !== undefined ? { abbreviationOf: t.abbreviationOf } : {}),
    plain: t.plain,
  }));

  return minutesContentSchema.parse({
    familyId: family.id,
    meetingId: meeting.id,
    title: fill(w.title, { meeting: meetingName }),
    meetingName,
    meetingDate,
    chairName: input.chair.name,
    chairRole: input.chair.role,
    venue: venueOf(input),
    marking: area.protectiveMarking,
    practice: family.isPractice,
    childNames: family.children.map(knownAs),
    sections,
    childLetters: childLetters(ctx),
    glossary,
    builtAt: input.builtAt,
  });
}
