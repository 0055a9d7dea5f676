/**
 * Each family's plan, consent log and home status row (decision 0064), as a real caseload has them.
 * A stream of their own per family (not the family's), so the family's other records are the same
 * with or without these. Every row is parsed by the domain's schema and stored as parsed, as the
 * repositories store them; the home status row is what the app would write on CASELOAD_TODAY
 * (`familyDueFrom` with the default drift thresholds: the bench's caseload has no settings).
 *
 * Meetings and actions have no plan id in the domain: a family's plan is found by its family id.
 */
import { consentEventSchema, type ConsentEvent, type ConsentEventInput } from '../../../shared/domain/consent';
import type { Carer } from '../../../shared/domain/family';
import { summariseMeeting } from '../../../shared/domain/meeting-summary';
import { planSchema, type Plan, type PlanStatusEvent } from '../../../shared/domain/plan';
import type { ReviewFrequency } from '../../../shared/domain/review-frequency';
import { DEFAULT_DRIFT_THRESHOLDS } from '../../../shared/rules/home/drift';
import type { HomeStatusRow } from '../../../renderer/data/db';
import { familyDueFrom } from '../../../renderer/data/repositories/home-status';
import { dayNumber, isoDate, isoInstant } from './dates';
import { PRACTITIONERS } from './names';
import { chance, indexedHexId, int, pick, randomFor, type Random } from './random';
import type { FamilyBundle } from './records';
import { CASELOAD_TODAY } from './size';

export interface PlanRecords {
  plans: Plan[];
  consentEvents: ConsentEvent[];
  /** None when the family's plan is closed. */
  homeStatus: HomeStatusRow[];
}

const TODAY = dayNumber(CASELOAD_TODAY);
const TWO_YEARS = 730;
/** Consent events per family at most (early help, and sharing with up to three agencies, each perhaps withdrawn). */
const MAX_CONSENT_EVENTS = 8;

/** The default (every 6 weeks) for most plans, the other options the plan form offers for the rest. */
const FREQUENCIES: readonly ReviewFrequency[] = [
  { count: 6, unit: 'weeks' },
  { count: 6, unit: 'weeks' },
  { count: 6, unit: 'weeks' },
  { count: 4, unit: 'weeks' },
  { count: 8, unit: 'weeks' },
  { count: 3, unit: 'months' },
];
const LEVELS = ['2', '2', '3', '3', '3', '4'];
const AGENCIES = ['School', 'Health visiting', 'School nursing', 'GP surgery', 'Housing', 'Youth service', 'Children’s centre', 'CAMHS'];
const REASONS = [
  'We are worried about school attendance and want help with mornings.',
  'Mum asked for help with the children’s sleep and with money worries.',
  'The family has moved into temporary housing and the children are unsettled.',
  'Dad wants support with his son’s behaviour at home and at school.',
];
const CLOSING = ['Things have improved and the family agreed to close the plan.', 'The family moved out of the area.', 'The family no longer wanted early help.'];

/** The day of the family's first meeting, if it falls in the last two years: the plan starts there. */
function firstMeetingDay(bundle: FamilyBundle): number | null {
  const first = bundle.meetings.find((m) => m.kind === 'first');
  const day = first ? dayNumber(first.startsAt.slice(0, 10)) : null;
  return day !== null && day >= TODAY - TWO_YEARS && day < TODAY ? day : null;
}

function plan(random: Random, index: number, bundle: FamilyBundle): Plan {
  const startDay = firstMeetingDay(bundle) ?? TODAY - int(random, 1, TWO_YEARS);
  const recordedBy = pick(random, PRACTITIONERS);
  const history: PlanStatusEvent[] = [{ status: 'active', on: isoDate(startDay), reason: '', recordedBy }];
  // About 70% open, the older the likelier closed (most early help lasts months, not years); a closed one closed after it started.
  if (chance(random, (0.6 * (TODAY - startDay)) / TWO_YEARS)) {
    history.push({ status: 'closed', on: isoDate(int(random, startDay + 1, Math.min(TODAY, startDay + 400))), reason: pick(random, CLOSING), recordedBy });
  }
  const frequency = pick(random, FREQUENCIES);
  const last = history[history.length - 1] as PlanStatusEvent;
  return planSchema.parse({
    id: indexedHexId(random, index),
    familyId: bundle.family.id,
    leadProfessional: { practitionerId: null, name: recordedBy, role: '', agency: '' },
    startDate: isoDate(startDay),
    reason: pick(random, REASONS),
    levelOfNeed: pick(random, LEVELS),
    reviewFrequency: frequency,
    // Now and then the team agreed a date of its own for the next review.
    nextReviewDate: chance(random, 0.15) ? isoDate(Math.max(startDay + 1, TODAY + int(random, -30, 60))) : null,
    statusHistory: history,
    createdAt: isoInstant(startDay, 600),
    updatedAt: isoInstant(dayNumber(last.on), 660),
  });
}

/** An event as given before its `recordedAt` (each kind keeps its own fields). */
type Unrecorded<E = ConsentEventInput> = E extends unknown ? Omit<E, 'recordedAt'> : never;

function consentEvent(input: Unrecorded, minute: number): ConsentEvent {
  return consentEventSchema.parse({ ...input, recordedAt: isoInstant(dayNumber(input.on), minute) }) as ConsentEvent;
}

/**
 * Consent to early help at the start, and to share with a few agencies, each with a review-by date
 * spread around CASELOAD_TODAY (some already past, so expired); now and then one withdrawn since.
 */
function consentLog(random: Random, index: number, familyId: string, carers: ReadonlyArray<Pick<Carer, 'id' | 'name' | 'relationship'>>, startDay: number): ConsentEvent[] {
  const carer = pick(random, carers);
  const by = { personId: carer.id, name: carer.name, role: carer.relationship };
  const recordedBy = pick(random, PRACTITIONERS);
  let n = 0;
  const id = () => indexedHexId(random, index * MAX_CONSENT_EVENTS + n++);
  const events = [consentEvent({ id: id(), familyId, kind: 'given', how: 'signed-form', scope: { type: 'early-help' }, on: isoDate(startDay), by, recordedBy, reviewBy: null }, 600)];
  const left = [...AGENCIES];
  const agencies = Array.from({ length: int(random, 1, 3) }, () => left.splice(Math.floor(random() * left.length), 1)[0] as string);
  for (const agency of agencies) {
    const scope = { type: 'share' as const, recipient: { kind: 'agency' as const, agency }, purpose: '' };
    const givenDay = Math.min(TODAY, startDay + int(random, 0, 14));
    const reviewBy = Math.max(givenDay + 1, TODAY + int(random, -90, 270));
    events.push(consentEvent({ id: id(), familyId, kind: 'given', how: pick(random, ['verbal', 'written', 'signed-form'] as const), scope, on: isoDate(givenDay), by, recordedBy, reviewBy: isoDate(reviewBy) }, 610));
    if (chance(random, 0.1) && givenDay < TODAY) {
      events.push(consentEvent({ id: id(), familyId, kind: 'withdrawn', how: 'verbal', scope, on: isoDate(int(random, givenDay + 1, TODAY)), by, recordedBy }, 620));
    }
  }
  return events;
}

/** Family `index`'s plan, consent log and home status row, from its generated records. */
export function planRecords(seed: number, index: number, bundle: FamilyBundle): PlanRecords {
  const random = randomFor(seed, 'plan', index);
  const familyPlan = plan(random, index, bundle);
  const consentEvents = consentLog(random, index, bundle.family.id, bundle.family.carers, dayNumber(familyPlan.startDate));
  const records = { plans: [familyPlan], meetings: bundle.meetings.map(summariseMeeting), consent: consentEvents, actions: bundle.actions };
  const dueFrom = familyDueFrom(records, CASELOAD_TODAY, DEFAULT_DRIFT_THRESHOLDS);
  return { plans: [familyPlan], consentEvents, homeStatus: dueFrom === null ? [] : [{ id: bundle.family.id, dueFrom }] };
}
