/**
 * The minutes' headings and wording, from templates/minutes/wording.json, so an area can change
 * any of them without code. Loaded and checked like templates/glossary.json: a bad file gets one
 * plain message naming the group and the field. Placeholders in {curly brackets} are filled with
 * `fillTemplate` (shared/documents/layout.ts).
 */
import { z } from 'zod';
import wordingJson from '../../templates/minutes/wording.json';
import { fillTemplate } from '../documents/layout';
import { MINUTES_SECTION_IDS, type MinutesSectionId } from '../domain/minutes';

const MINUTES_KEYS = ['title', 'familyTitle', 'subject', 'copyFor', 'version', 'correction', 'familyIntro', 'nothingRecorded', 'firstMeetingNoActions', 'amendment', 'amendmentReason', 'date', 'time', 'place', 'kind', 'chair', 'children', 'chairFamily', 'whenFamily', 'whereFamily', 'homeAddressHidden', 'homeNoAddress', 'withheld', 'attendanceCaption', 'attendanceFamilyCaption', 'name', 'role', 'whatTheyDo', 'agency', 'notRecorded', 'notRecordedAttendance', 'apologies', 'writtenReports', 'didNotAttend', 'apologiesFamily', 'writtenReportsFamily', 'didNotAttendFamily', 'personAndRole', 'chairRole', 'chairFamilyRole', 'nobodyAway', 'confidentiality', 'confidentialityFamily', 'familyFirst', 'familyFirstFamily', 'willReceive', 'willReceiveFamily', 'nobodyElse', 'nobodyElseFamily', 'consentSummary', 'consentSummaryFamily', 'familyViewsSpeaker', 'childVoiceNotShared', 'childVoiceShareWith', 'childVoiceNone', 'childPresent', 'childNotPresent', 'gatheredBy', 'gatheredOn', 'pictureAlt', 'pictureCaption', 'reportHeading', 'reportWritten', 'reportChildWordsHow', 'itemNotesHeading', 'earlierActionsCaption', 'action', 'owner', 'byWhen', 'progress', 'note', 'carriedForward', 'yes', 'no', 'noDate', 'scalingCaption', 'score', 'why', 'noScore', 'decision', 'decisionNone', 'reasons', 'actionPlanCaption', 'forWhom', 'howWeWillKnow', 'status', 'wholeFamily', 'noActions', 'nextReview', 'nextReviewTime', 'nextReviewNone', 'distributionCaption', 'recipient', 'document', 'basis', 'when', 'noCopies', 'copyLine', 'basisFamily', 'basisConsent', 'basisSafeguarding', 'noResponse', 'responseLine', 'responseKindAgreed', 'responseKindChanges', 'responseKindDisagrees', 'responseHowGathered', 'earlierVersion', 'sectionWrong'] as const;
const FAMILY_VERSION_KEYS = ['glossaryHeading', 'glossaryIntro', 'roleExplained'] as const;
const REVIEW_COPY_KEYS = ['title', 'intro', 'question', 'right', 'wrong', 'yourWords', 'spaceCaption', 'overallHeading', 'overallAgreed', 'overallChanges', 'overallDisagree', 'signature'] as const;
const CHILD_LETTER_KEYS = ['title', 'greeting', 'intro', 'yourWordsHeading', 'yourWordsIntro', 'noWords', 'whatWillHappenHeading', 'whatWillHappenIntro', 'nothingToDo', 'actionLine', 'actionLineBy', 'you', 'theRole', 'grownUpAtHome', 'someoneWhoWorks', 'nextMeetingHeading', 'nextMeeting', 'talkToSomeone', 'signOff', 'footer'] as const;
const ACTION_PLAN_KEYS = ['title', 'intro'] as const;
const AGENDA_KEYS = ['title', 'caption', 'item', 'about', 'starts', 'childThere'] as const;
const MEETING_PACK_KEYS = ['title', 'intro', 'whoHeading', 'nobodyInvited', 'reportsHeading', 'noReports'] as const;
const DISTANCE_KEYS = ['heading', 'familyHeading', 'chartCaption', 'tableCaption', 'meeting', 'who', 'score', 'actionsCaption', 'review', 'done', 'partly', 'notDone'] as const;

const words = z.string().trim().min(1, 'is empty').max(2000, 'is longer than 2,000 characters');

function group<K extends string>(keys: readonly K[]): z.ZodType<Record<K, string>> {
  const shape: Record<string, typeof words> = {};
  for (const key of keys) shape[key] = words;
  return z.object(shape) as unknown as z.ZodType<Record<K, string>>;
}

const sectionWordsSchema = z.object({ heading: words.max(300), familyHeading: words.max(300) });

export const minutesWordingSchema = z.object({
  about: z.string().optional(),
  sections: z.object(
    Object.fromEntries(MINUTES_SECTION_IDS.map((id) => [id, sectionWordsSchema])) as Record<MinutesSectionId, typeof sectionWordsSchema>,
  ),
  minutes: group(MINUTES_KEYS),
  familyVersion: z.intersection(group(FAMILY_VERSION_KEYS), z.object({ largePrint: z.boolean() })),
  reviewCopy: z.intersection(group(REVIEW_COPY_KEYS), z.object({ writingLines: z.number().int().min(1).max(20) })),
  childLetter: group(CHILD_LETTER_KEYS),
  actionPlan: group(ACTION_PLAN_KEYS),
  agenda: group(AGENDA_KEYS),
  meetingPack: group(MEETING_PACK_KEYS),
  distance: group(DISTANCE_KEYS),
});
export type MinutesWording = z.output<typeof minutesWordingSchema>;

export type WordingParse = { ok: true; value: MinutesWording } | { ok: false; message: string };

const PREFIX = 'The minutes wording could not be read';

/** Checks a parsed wording file (the shipped one or an area's own). */
export function parseMinutesWording(data: unknown): WordingParse {
  const result = minutesWordingSchema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? `"${issue.path.join('.')}" ` : '';
  const what = issue?.code === 'invalid_type' ? 'is missing or not the right kind of value' : (issue?.message ?? 'is not in the expected shape');
  return { ok: false, message: `${PREFIX}: ${where}${what}.` };
}

/** The shipped wording. Throws only if the file in the app itself is broken. */
export function loadDefaultMinutesWording(): MinutesWording {
  const parsed = parseMinutesWording(wordingJson);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

export const defaultMinutesWording: MinutesWording = loadDefaultMinutesWording();

/** Fills a wording template; values are used as given (no placeholders inside them are filled). */
export function fill(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return fillTemplate(template, values);
}
