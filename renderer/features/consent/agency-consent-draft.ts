/**
 * The form that answers for several agencies at once: one yes / no / not asked per agency, with
 * who answered, when and how said once. One submission becomes one register event per agency
 * answered (a "no" to consent in force is recorded as a withdrawal). Pure, so it is unit-tested
 * without a browser.
 */
import { z } from 'zod';
import { type ConsentEvent, type ConsentEventInput } from '../../../shared/domain/consent';
import type { FieldError, Validated } from '../../../shared/domain/family';
import { recordConsentEvent } from '../../../shared/rules/consent';
import { scopeState } from '../../../shared/rules/consent-state';
import type { IsoDate } from '../../../shared/rules/dates';
import { searchKey } from '../../../shared/rules/text';
import { isoToUk, readDate, readOptionalDate } from '../../components/form/field-values';
import { decisionFields } from './consent-draft';
import type { FamilyPerson } from './family-people';
import { draftGuard } from '../../components/form/draft-guard';

export const agencyAnswerValues = ['yes', 'no', 'not-asked'] as const;
export type AgencyAnswer = (typeof agencyAnswerValues)[number];

export const agencyConsentDraftSchema = z.object({
  /** Answers by agency name, as listed; an agency not in the object is "not asked". */
  answers: z.record(z.string(), z.enum(agencyAnswerValues)),
  ...decisionFields,
});
export type AgencyConsentDraft = z.infer<typeof agencyConsentDraftSchema>;

export const isAgencyConsentDraft = draftGuard(agencyConsentDraftSchema);

export function newAgencyConsentDraft(recordedBy: string, today: IsoDate): AgencyConsentDraft {
  return { answers: {}, byId: '', on: isoToUk(today), how: '', reviewBy: '', note: '', recordedBy };
}

export const answerFor = (draft: AgencyConsentDraft, agency: string): AgencyAnswer => draft.answers[agency] ?? 'not-asked';

/** The field id of an agency's row: its position in the list. */
export const agencyRowPath = (index: number): string => `agency-${index}`;

export interface AgencyConsentContext {
  familyId: string;
  people: readonly FamilyPerson[];
  /** The agencies listed on the form, in order. */
  agencies: readonly string[];
  /** The family's log as it is now. */
  log: readonly ConsentEvent[];
  today: IsoDate;
  /** A fresh id for each event, in order. */
  newId(): string;
  recordedAt: string;
}

/**
 * The events one submission records, each checked against the log with the events before it (the
 * same rule the repository applies), or what is wrong at each field.
 */
export function agencyEventsFromDraft(draft: AgencyConsentDraft, ctx: AgencyConsentContext): Validated<ConsentEventInput[]> {
  const errors: FieldError[] = [];
  const answered = ctx.agencies
    .map((agency, index) => ({ agency, index, answer: answerFor(draft, agency) }))
    .filter((row): row is { agency: string; index: number; answer: 'yes' | 'no' } => row.answer !== 'not-asked');
  if (answered.length === 0) errors.push({ path: 'answers', message: 'Answer yes or no for at least one agency' });
  const person = ctx.people.find((p) => p.personId === draft.byId);
  if (!person) errors.push({ path: 'byId', message: 'Choose who answered' });
  const on = readDate(draft.on, 'date');
  if (!on.ok) errors.push({ path: 'on', message: on.message });
  const anyYes = answered.some((row) => row.answer === 'yes');
  if (anyYes && draft.how === '') errors.push({ path: 'how', message: 'Choose how consent was given' });
  const reviewBy = readOptionalDate(draft.reviewBy);
  if (anyYes && !reviewBy.ok) errors.push({ path: 'reviewBy', message: reviewBy.message });
  if (draft.recordedBy.trim() === '') errors.push({ path: 'recordedBy', message: 'Enter your name' });
  if (errors.length > 0 || !person || !on.ok) return { ok: false, errors };

  let log = [...ctx.log];
  const inputs: ConsentEventInput[] = [];
  for (const [i, row] of answered.entries()) {
    const scope = { type: 'share' as const, recipient: { kind: 'agency' as const, agency: row.agency }, purpose: '' };
    const base = {
      id: ctx.newId(),
      familyId: ctx.familyId,
      scope,
      on: on.date,
      by: { personId: person.personId, name: person.name, role: person.role },
      recordedBy: draft.recordedBy,
      // A millisecond apart, so the register lists one submission's answers in the form's order.
      recordedAt: new Date(Date.parse(ctx.recordedAt) + i).toISOString(),
      note: draft.note,
    };
    const how = draft.how === '' ? null : draft.how;
    const before = scopeState(log, scope, on.date).state;
    const input: ConsentEventInput =
      row.answer === 'yes'
        ? { ...base, kind: 'given', how: how ?? 'verbal', reviewBy: reviewBy.ok ? reviewBy.date : null }
        : { ...base, kind: before === 'given' || before === 'expired' ? 'withdrawn' : 'refused', how };
    const checked = recordConsentEvent(log, input, ctx.today);
    if (!checked.ok) {
      // The date is the only shared field these rules can refuse; anything else belongs to the row.
      for (const e of checked.errors) errors.push({ path: e.path === 'on' ? 'on' : agencyRowPath(row.index), message: e.path === 'on' ? e.message : `${row.agency}: ${e.message}` });
      continue;
    }
    log = checked.value;
    inputs.push(input);
  }
  if (errors.length > 0) return { ok: false, errors: uniqueByPath(errors) };
  return { ok: true, value: inputs };
}

function uniqueByPath(errors: readonly FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((e) => (seen.has(e.path) ? false : (seen.add(e.path), true)));
}

/** The same agency however it was typed: case, accents and spacing ignored. */
export const agencyKey = (name: string): string => searchKey(name.trim().replace(/\s+/g, ' '));

/**
 * The agencies to ask about: the ones this family has been asked about and the agencies people in
 * the directory work for, each once (case and spacing ignored), in alphabetical order.
 */
export function agenciesToAsk(log: readonly ConsentEvent[], directoryAgencies: readonly string[]): string[] {
  const fromLog = log.flatMap((e) => (e.scope.type === 'share' && e.scope.recipient.kind === 'agency' ? [e.scope.recipient.agency] : []));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of [...fromLog, ...directoryAgencies]) {
    const key = agencyKey(name);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(name.trim());
  }
  return out.sort((a, b) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' }));
}
