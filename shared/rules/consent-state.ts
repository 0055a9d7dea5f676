/**
 * Works out, from the append-only consent log, where consent stands on a given day.
 * Events dated after that day are ignored, so the same log answers "what was true then?".
 */
import { scopeKey, type ConsentEvent, type ConsentRecipient, type ConsentScope } from '../domain/consent';
import { compareIsoDates, type IsoDate } from './dates';

export type GivenEvent = Extract<ConsentEvent, { kind: 'given' }>;
export type NoEvent = Extract<ConsentEvent, { kind: 'refused' | 'withdrawn' }>;

/** When a decision was made: its date, then the moment it was recorded, to order same-day events. */
interface Decided {
  decidedOn: IsoDate;
  decidedAt: string;
}

export type ScopeState =
  | { state: 'not-asked' }
  | ({ state: 'given'; given: GivenEvent; reviewBy: IsoDate | null; lastReviewedOn: IsoDate | null } & Decided)
  | ({ state: 'expired'; given: GivenEvent; reviewBy: IsoDate; lastReviewedOn: IsoDate | null } & Decided)
  | ({ state: 'refused' | 'withdrawn'; event: NoEvent } & Decided);

/** The log in the order things happened: by date, then by when they were recorded. */
export function orderedEvents(log: readonly ConsentEvent[]): ConsentEvent[] {
  return log
    .map((event, index) => ({ event, index }))
    .sort(
      (a, b) =>
        compareIsoDates(a.event.on, b.event.on) ||
        (a.event.recordedAt < b.event.recordedAt ? -1 : a.event.recordedAt > b.event.recordedAt ? 1 : 0) ||
        a.index - b.index,
    )
    .map((x) => x.event);
}

/** The state of one exact scope (recipient and purpose, or early help) at the end of `asOf`. */
export function scopeState(log: readonly ConsentEvent[], scope: ConsentScope, asOf: IsoDate): ScopeState {
  const key = scopeKey(scope);
  let state: ScopeState = { state: 'not-asked' };
  for (const event of orderedEvents(log)) {
    if (scopeKey(event.scope) !== key || compareIsoDates(event.on, asOf) > 0) continue;
    const decided = { decidedOn: event.on, decidedAt: event.recordedAt };
    switch (event.kind) {
      case 'given':
        state = { state: 'given', given: event, reviewBy: event.reviewBy, lastReviewedOn: null, ...decided };
        break;
      case 'reviewed':
        // A review confirms consent that is in force (or overdue for review) and sets the next review date.
        if (state.state === 'given' || state.state === 'expired') {
          state = { state: 'given', given: state.given, reviewBy: event.reviewBy, lastReviewedOn: event.on, ...decided };
        }
        break;
      case 'refused':
      case 'withdrawn':
        state = { state: event.kind, event, ...decided };
        break;
    }
    if (state.state === 'given' && state.reviewBy !== null && compareIsoDates(state.reviewBy, asOf) < 0) {
      state = { ...state, state: 'expired', reviewBy: state.reviewBy };
    }
  }
  return state;
}

/** The scopes that cover sharing with exactly this recipient for this purpose ('' means no particular purpose). */
export function applicableScopes(recipient: ConsentRecipient, purpose: string): ConsentScope[] {
  const purposes = purpose.trim() === '' ? [''] : ['', purpose];
  return purposes.map((p): ConsentScope => ({ type: 'share', recipient, purpose: p }));
}

export type Answer =
  | { answer: 'yes'; state: Extract<ScopeState, { state: 'given' }> }
  | { answer: 'no'; state: Extract<ScopeState, { state: 'refused' | 'withdrawn' }> }
  | { answer: 'expired'; state: Extract<ScopeState, { state: 'expired' }> }
  | { answer: 'not-asked' };

type DecidedState = Exclude<ScopeState, { state: 'not-asked' }>;

const laterFirst = (a: Decided, b: Decided): number =>
  compareIsoDates(b.decidedOn, a.decidedOn) || (a.decidedAt < b.decidedAt ? 1 : a.decidedAt > b.decidedAt ? -1 : 0);

/**
 * Combines the states of several scopes into one answer. The family's most recent decision wins
 * (a later "no" overrides an earlier "yes", and the other way round); on a tie, "no" wins.
 * Consent whose review date has passed does not count as a yes, and is reported as needing review
 * when it is more recent than any "no".
 */
export function combineStates(states: readonly ScopeState[]): Answer {
  const decided = states.filter((s): s is DecidedState => s.state !== 'not-asked');
  // Stable sort: on a full tie a "no" comes first.
  const ranked = [...decided].sort((a, b) => laterFirst(a, b) || rankNoFirst(a) - rankNoFirst(b));
  const firstLive = ranked.find((s) => s.state !== 'expired');
  const firstExpired = ranked.find((s): s is Extract<ScopeState, { state: 'expired' }> => s.state === 'expired');
  if (firstLive?.state === 'given') return { answer: 'yes', state: firstLive };
  if (firstLive && (firstLive.state === 'refused' || firstLive.state === 'withdrawn')) {
    if (firstExpired && laterFirst(firstExpired, firstLive) < 0) return { answer: 'expired', state: firstExpired };
    return { answer: 'no', state: firstLive };
  }
  if (firstExpired) return { answer: 'expired', state: firstExpired };
  return { answer: 'not-asked' };
}

function rankNoFirst(s: DecidedState): number {
  return s.state === 'refused' || s.state === 'withdrawn' ? 0 : 1;
}

/**
 * Which decision settles a share request, and at which level: about the person by name, or about
 * the agency they work for. `other` is the answer at the level that did not settle it, so the
 * reason can say what was overruled.
 */
export interface ShareDecision {
  answer: Answer;
  /** 'named': a decision about this practitioner by name; 'agency': about the agency (theirs, or the one asked about). */
  level: 'named' | 'agency' | null;
  /** The agency a practitioner works for, as recorded on the request; '' for an agency or when not known. */
  agency: string;
  other: Answer;
}

const NOT_ASKED: Answer = { answer: 'not-asked' };
const isDecision = (a: Answer): boolean => a.answer === 'yes' || a.answer === 'no';

/**
 * Whether sharing with this recipient for this purpose is agreed on the day, and why.
 * Consent to share with an agency covers its practitioners; a decision about a practitioner by name
 * (yes or no, in force) wins over the one about their agency. Within a level, the family's most
 * recent decision wins and, made at the same moment, a refusal wins over a grant (combineStates).
 * Consent past its review date is never a yes: it is reported only when nothing in force settles it.
 */
export function shareDecision(log: readonly ConsentEvent[], recipient: ConsentRecipient, purpose: string, asOf: IsoDate): ShareDecision {
  const atLevel = (r: ConsentRecipient) => combineStates(applicableScopes(r, purpose).map((scope) => scopeState(log, scope, asOf)));
  if (recipient.kind === 'agency') return { answer: atLevel(recipient), level: 'agency', agency: '', other: NOT_ASKED };
  const agency = recipient.agency.trim();
  const named = atLevel(recipient);
  const forAgency = agency === '' ? NOT_ASKED : atLevel({ kind: 'agency', agency });
  if (isDecision(named)) return { answer: named, level: 'named', agency, other: forAgency };
  if (isDecision(forAgency)) return { answer: forAgency, level: 'agency', agency, other: named };
  if (named.answer === 'expired') return { answer: named, level: 'named', agency, other: forAgency };
  if (forAgency.answer === 'expired') return { answer: forAgency, level: 'agency', agency, other: named };
  return { answer: NOT_ASKED, level: null, agency, other: NOT_ASKED };
}

/** Whether sharing with this recipient for this purpose is agreed on the day. */
export function shareAnswer(log: readonly ConsentEvent[], recipient: ConsentRecipient, purpose: string, asOf: IsoDate): Answer {
  return shareDecision(log, recipient, purpose, asOf).answer;
}

/** Whether the family's consent to early help is in force on the day. */
export function earlyHelpAnswer(log: readonly ConsentEvent[], asOf: IsoDate): Answer {
  return combineStates([scopeState(log, { type: 'early-help' }, asOf)]);
}
