/**
 * The minutes' workflow, as pure functions of the stored row (shared/domain/minutes.ts):
 *
 *   drafted -> sent-to-family -> family-responded -> finalised -> shared (any number of times)
 *                    ^------------------|                 \-> corrected (a new version is made)
 *
 * Every step is an event appended with when and by whom; nothing is rewritten. The family's
 * answers are appended too and are never edited or erased: a correction carries them into the new
 * version, where they are still printed. Until the area's agreement rule (agreement.ts) says the
 * minutes count as agreed with the family, every page of every export says DRAFT (record 0046).
 *
 * Each change returns `{ ok: true, row }` with a new row, or `{ ok: false, message }` saying in
 * plain words why it cannot be done; the row passed in is never changed.
 */
import {
  familyResponseSchema,
  minutesRowSchema,
  type AcceptedFlag,
  type Amendment,
  type DistributionEntry,
  type FamilyResponse,
  type FamilyResponseInput,
  type MinutesContent,
  type MinutesRow,
  type WorkflowEvent,
  type WorkflowStep,
} from '../domain/minutes';
import { agreementStatus, type AgreementQuestion } from './agreement';
import { withDistribution } from './distribution';
import { defaultMinutesWording, type MinutesWording } from './wording';

export type WorkflowResult = { ok: true; row: MinutesRow } | { ok: false; message: string };

/** Where a version stands, in one word for lists and headings. */
export type MinutesStatus = 'draft' | 'with-family' | 'family-responded' | 'final' | 'shared' | 'superseded';

export const MINUTES_STATUS_LABELS: Record<MinutesStatus, string> = {
  draft: 'Draft',
  'with-family': 'With the family to check',
  'family-responded': 'The family has answered',
  final: 'Final',
  shared: 'Final and shared',
  superseded: 'Replaced by a corrected version',
};

/** Which step may follow which (the last step taken decides). */
export const ALLOWED_NEXT: Record<WorkflowStep, readonly WorkflowStep[]> = {
  drafted: ['sent-to-family'],
  // Sent again (say, a fresh review copy), or the family's answer comes back.
  'sent-to-family': ['sent-to-family', 'family-responded'],
  // Changes made and sent back; another answer (they rang again); or made final.
  'family-responded': ['sent-to-family', 'family-responded', 'finalised'],
  finalised: ['shared', 'corrected'],
  shared: ['shared', 'corrected'],
  corrected: [],
};

interface Actor {
  /** ISO instant. */
  at: string;
  /** Who is doing it, by name. */
  by: string;
}

const lastEvent = (row: MinutesRow): WorkflowEvent => row.events[row.events.length - 1] as WorkflowEvent;

/** The last step taken on this version. */
export function currentStep(row: MinutesRow): WorkflowStep {
  return lastEvent(row).step;
}

export function minutesStatus(row: MinutesRow): MinutesStatus {
  if (row.events.some((e) => e.step === 'corrected')) return 'superseded';
  if (row.events.some((e) => e.step === 'shared')) return 'shared';
  if (row.events.some((e) => e.step === 'finalised')) return 'final';
  switch (currentStep(row)) {
    case 'sent-to-family':
      return 'with-family';
    case 'family-responded':
      return 'family-responded';
    default:
      return 'draft';
  }
}

export function allowedNextSteps(row: MinutesRow): readonly WorkflowStep[] {
  return ALLOWED_NEXT[currentStep(row)];
}

export function canTake(row: MinutesRow, step: WorkflowStep): boolean {
  return allowedNextSteps(row).includes(step);
}

/** The family's latest answer to this version, or null. */
export function latestResponse(row: Pick<MinutesRow, 'responses'>): FamilyResponse | null {
  return row.responses[row.responses.length - 1] ?? null;
}

/** True once the family's latest answer is that the minutes are right (with or without the changes they asked for). */
export function isAgreed(row: Pick<MinutesRow, 'responses'>): boolean {
  const latest = latestResponse(row);
  return latest !== null && (latest.kind === 'agreed' || latest.kind === 'agreed-with-changes');
}

/** What the area's agreement rule needs besides the answers: the rule, the family's parents and carers, and who was invited. */
export type AgreementTerms = Omit<AgreementQuestion, 'responses'>;

/**
 * Every page of every export says "DRAFT - not yet agreed with the family" until the area's rule
 * says the minutes count as agreed: with two parents invited and one answer in, still DRAFT.
 */
export function draftMarkingNeeded(row: Pick<MinutesRow, 'responses'>, terms: AgreementTerms): boolean {
  return !agreementStatus({ ...terms, responses: row.responses }).agreed;
}

/** Final versions are locked: their content is frozen and only a correction (a new version) can change them. */
export function isLocked(row: MinutesRow): boolean {
  return row.events.some((e) => e.step === 'finalised');
}

/**
 * The content a document must be made from: the frozen snapshot once final (so the version stays
 * exactly as agreed, with the copies sent so far listed), otherwise the content built now from the
 * meeting's data.
 */
export function contentForExport(row: MinutesRow, live: MinutesContent, wording: MinutesWording = defaultMinutesWording): MinutesContent {
  if (!isLocked(row) || row.snapshot === null) return live;
  // Frozen, but for the list of copies sent since: each later copy, and the page, lists them all.
  return withDistribution(row.snapshot, row.distribution, wording.minutes);
}

// ---------------------------------------------------------------- changes

const STEP_REFUSALS: Partial<Record<WorkflowStep, string>> = {
  'sent-to-family': 'These minutes are final. To change them, make a corrected version.',
  'family-responded': "The family's answer can be recorded once the minutes have been sent to them.",
  finalised: "The minutes can be made final once the family's answer is recorded.",
  shared: 'Copies can go to others once the minutes are final. The family sees them first.',
  corrected: 'Only final minutes are corrected with a new version. Until then, change the draft.',
};

function refuse(row: MinutesRow, step: WorkflowStep): { ok: false; message: string } {
  if (minutesStatus(row) === 'superseded') return { ok: false, message: 'This version has been replaced by a corrected version. Work on the newest version.' };
  return { ok: false, message: STEP_REFUSALS[step] ?? 'That step cannot be taken now.' };
}

function withEvent(row: MinutesRow, step: WorkflowStep, actor: Actor, details = '', changes: Partial<MinutesRow> = {}): MinutesRow {
  return minutesRowSchema.parse({
    ...row,
    ...changes,
    events: [...row.events, { step, at: actor.at, by: actor.by, details }],
    updatedAt: actor.at,
  });
}

/** A first draft for a meeting. */
export function newMinutesRow(input: { id: string; familyId: string; meetingId: string } & Actor): MinutesRow {
  return minutesRowSchema.parse({
    id: input.id,
    familyId: input.familyId,
    meetingId: input.meetingId,
    version: 1,
    events: [{ step: 'drafted', at: input.at, by: input.by, details: '' }],
    createdAt: input.at,
    updatedAt: input.at,
  });
}

/**
 * The minutes go to the family to check (in person on the laptop, or as a review copy to take
 * home). The content they are shown is kept on the row.
 */
export function sendToFamily(row: MinutesRow, content: MinutesContent, actor: Actor & { details?: string }): WorkflowResult {
  if (!canTake(row, 'sent-to-family')) return refuse(row, 'sent-to-family');
  return { ok: true, row: withEvent(row, 'sent-to-family', actor, actor.details ?? '', { snapshot: content }) };
}

/** Records the family's answer, exactly in their words. Earlier answers stay. */
export function recordFamilyResponse(row: MinutesRow, input: FamilyResponseInput): WorkflowResult {
  if (!canTake(row, 'family-responded')) return refuse(row, 'family-responded');
  const parsed = familyResponseSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "The family's answer could not be recorded." };
  const response = parsed.data;
  if (row.responses.some((r) => r.id === response.id)) return { ok: false, message: 'This answer is already recorded.' };
  return {
    ok: true,
    row: withEvent(row, 'family-responded', { at: response.recordedAt, by: response.recordedBy }, responseDetails(response), {
      responses: [...row.responses, response],
    }),
  };
}

function responseDetails(r: FamilyResponse): string {
  const how: Record<FamilyResponse['how'], string> = {
    'in-person-on-laptop': 'in person, on the laptop',
    'review-copy': 'on the review copy',
    phone: 'by phone',
    email: 'by email',
    letter: 'by letter',
    'review-file': 'in the review file',
  };
  const what: Record<FamilyResponse['kind'], string> = {
    agreed: 'agreed the minutes',
    'agreed-with-changes': 'agreed the minutes with changes',
    disagrees: 'does not agree with the minutes',
  };
  return `${r.givenBy.name} ${what[r.kind]}, ${how[r.how]}.`;
}

/**
 * Makes the version final and locks it: the content is frozen exactly as it is now. Needs the
 * family's answer. If the family does not agree, the minutes can still be made final, with their
 * words printed; every page then still says the minutes are not agreed with the family.
 */
export function finalise(row: MinutesRow, content: MinutesContent, actor: Actor): WorkflowResult {
  if (!canTake(row, 'finalised')) return refuse(row, 'finalised');
  const details = isAgreed(row) ? 'Agreed with the family.' : 'Made final without the family\u2019s agreement; their words are kept and printed.';
  return { ok: true, row: withEvent(row, 'finalised', actor, details, { snapshot: content }) };
}

/**
 * A copy went out: added to the distribution list, with a 'shared' step. The family's own copies
 * (and a safeguarding referral) can go at any time before the minutes are final; anyone else's
 * only once they are final.
 */
export function recordCopy(row: MinutesRow, entry: DistributionEntry): WorkflowResult {
  if (minutesStatus(row) === 'superseded') return refuse(row, 'shared');
  if (entry.version !== row.version) return { ok: false, message: `This copy is of version ${entry.version}, not version ${row.version}.` };
  if (row.distribution.some((d) => d.id === entry.id)) return { ok: false, message: 'This copy is already on the distribution list.' };
  const early = entry.basis.kind === 'family' || entry.basis.kind === 'safeguarding';
  if (!isLocked(row) && !early) return refuse(row, 'shared');
  const distribution = [...row.distribution, entry];
  if (!isLocked(row)) {
    // Before the minutes are final, a family copy is part of checking them; the step is not "shared".
    return { ok: true, row: minutesRowSchema.parse({ ...row, distribution, updatedAt: entry.at }) };
  }
  const details = `${entry.recipient.name}: ${entry.document}, ${entry.format === 'docx' ? 'Word' : 'PDF'}`;
  return { ok: true, row: withEvent(row, 'shared', { at: entry.at, by: entry.by }, details, { distribution }) };
}

/**
 * Corrects final minutes: the final version is marked corrected (and stays readable as it was),
 * and a new draft version is made that points back at it with the reason. The family's answers
 * to earlier versions go with it, so their words are never lost.
 */
export function correct(row: MinutesRow, input: { newId: string; reason: string } & Actor): { ok: true; previous: MinutesRow; next: MinutesRow } | { ok: false; message: string } {
  if (!canTake(row, 'corrected')) return refuse(row, 'corrected');
  const reason = input.reason.trim();
  if (reason === '') return { ok: false, message: 'Say why the minutes are being corrected.' };
  if (input.newId === row.id) return { ok: false, message: 'The corrected version needs its own id.' };
  const next = row.version + 1;
  const previous = withEvent(row, 'corrected', input, `Corrected in version ${next}: ${reason}`);
  const nextRow = minutesRowSchema.parse({
    id: input.newId,
    familyId: row.familyId,
    meetingId: row.meetingId,
    version: next,
    correctionOf: row.id,
    correctionReason: reason,
    events: [{ step: 'drafted', at: input.at, by: input.by, details: `Correction of version ${row.version}: ${reason}` }],
    earlierResponses: [...row.earlierResponses, ...row.responses.map((response) => ({ version: row.version, response }))],
    // The chair's changes after review carry over; they are part of what was agreed.
    amendments: row.amendments,
    acceptedFlags: row.acceptedFlags,
    snapshot: row.snapshot,
    createdAt: input.at,
    updatedAt: input.at,
  });
  return { ok: true, previous, next: nextRow };
}

/** A change to a section after the family's review (printed in that section). Not on final minutes. */
export function addAmendment(row: MinutesRow, amendment: Amendment): WorkflowResult {
  if (isLocked(row)) return refuse(row, 'sent-to-family');
  if (amendment.text.trim() === '') return { ok: false, message: 'Write the change.' };
  return { ok: true, row: minutesRowSchema.parse({ ...row, amendments: [...row.amendments, amendment], updatedAt: amendment.at }) };
}

const sameFlag = (a: Pick<AcceptedFlag, 'sectionId' | 'kind' | 'text'>, b: Pick<AcceptedFlag, 'sectionId' | 'kind' | 'text'>) =>
  a.sectionId === b.sectionId && a.kind === b.kind && a.text === b.text;

/** The chair keeps flagged words as they are; the check stops pointing at them. */
export function acceptFlag(row: MinutesRow, flag: AcceptedFlag): WorkflowResult {
  if (isLocked(row)) return refuse(row, 'sent-to-family');
  if (row.acceptedFlags.some((f) => sameFlag(f, flag))) return { ok: true, row };
  return { ok: true, row: minutesRowSchema.parse({ ...row, acceptedFlags: [...row.acceptedFlags, flag], updatedAt: flag.acceptedAt }) };
}

/** Takes back an acceptance (the check points at the words again). */
export function unacceptFlag(row: MinutesRow, flag: Pick<AcceptedFlag, 'sectionId' | 'kind' | 'text'>, at: string): WorkflowResult {
  if (isLocked(row)) return refuse(row, 'sent-to-family');
  return { ok: true, row: minutesRowSchema.parse({ ...row, acceptedFlags: row.acceptedFlags.filter((f) => !sameFlag(f, flag)), updatedAt: at }) };
}

/** Every version of one meeting's minutes, oldest first, with whether each is the newest. */
export function versionHistory(rows: readonly MinutesRow[]): Array<{ row: MinutesRow; status: MinutesStatus; newest: boolean }> {
  const sorted = [...rows].sort((a, b) => a.version - b.version);
  const top = sorted[sorted.length - 1]?.version;
  return sorted.map((row) => ({ row, status: minutesStatus(row), newest: row.version === top }));
}
