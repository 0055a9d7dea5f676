/** Plain words for the consent register's screens. Pure, so it is unit-tested without a browser. */
import { consentHowLabels, recipientLabel, scopeKey, type ConsentEvent, type ConsentEventKind, type ConsentScope } from '../../../shared/domain/consent';
import { compareIsoDates, formatLongDate, type IsoDate } from '../../../shared/rules/dates';
import { orderedEvents, scopeState, type ScopeState } from '../../../shared/rules/consent-state';
import { capitalise } from '../../../shared/words/case';

export const kindLabels: Record<ConsentEventKind, string> = {
  given: 'Consent given',
  refused: 'Said no',
  withdrawn: 'Consent withdrawn',
  reviewed: 'Consent checked again',
};

/** "early help", "share information with School", "share information with School for the minutes" */
export function scopeWords(scope: ConsentScope, service = 'early help'): string {
  if (scope.type === 'early-help') return service;
  const purpose = scope.purpose === '' ? '' : ` for ${scope.purpose}`;
  return `share information with ${recipientLabel(scope.recipient)}${purpose}`;
}

/** "Early help", "Sharing with School", "Sharing with School for the minutes" */
export function scopeTitle(scope: ConsentScope, service = 'early help'): string {
  if (scope.type === 'early-help') return capitalise(service);
  const purpose = scope.purpose === '' ? '' : ` for ${scope.purpose}`;
  return `Sharing with ${recipientLabel(scope.recipient)}${purpose}`;
}

/** "Siobhán Ní Bhriain withdrew consent to share information with Housing." */
export function eventSentence(event: ConsentEvent, service = 'early help'): string {
  const what = scopeWords(event.scope, service);
  const who = event.by.name;
  switch (event.kind) {
    case 'given':
      return `${who} gave consent to ${what}.`;
    case 'refused':
      return `${who} said no to ${event.scope.type === 'early-help' ? what : what.replace(/^share /, 'sharing ')}.`;
    case 'withdrawn':
      return `${who} withdrew consent to ${what}.`;
    case 'reviewed':
      return `${who} confirmed consent to ${what} when it was checked again.`;
  }
}

/** Where one scope stands, in a sentence that starts with the answer. */
export function stateSentence(state: ScopeState): string {
  switch (state.state) {
    case 'not-asked':
      return 'Not asked yet.';
    case 'given': {
      const g = state.given;
      const checked = state.lastReviewedOn ? ` Last checked on ${formatLongDate(state.lastReviewedOn)}.` : '';
      const next = state.reviewBy ? ` Check again by ${formatLongDate(state.reviewBy)}.` : '';
      return `Yes. ${g.by.name} agreed on ${formatLongDate(g.on)} (${consentHowLabels[g.how]}).${checked}${next}`;
    }
    case 'expired':
      return `Needs renewing. ${state.given.by.name} agreed on ${formatLongDate(state.given.on)}, and it was due to be checked again by ${formatLongDate(state.reviewBy)}.`;
    case 'refused':
      return `No. ${state.event.by.name} said no on ${formatLongDate(state.event.on)}.`;
    case 'withdrawn':
      return `No. ${state.event.by.name} withdrew consent on ${formatLongDate(state.event.on)}.`;
  }
}

export interface CurrentConsent {
  key: string;
  scope: ConsentScope;
  state: ScopeState;
  /** Consent in force (or overdue for checking) can be withdrawn. */
  canWithdraw: boolean;
}

/** Each scope ever asked about, early help first, then in the order first asked about, with where it stands today. */
export function currentConsents(log: readonly ConsentEvent[], today: IsoDate): CurrentConsent[] {
  const scopes = new Map<string, ConsentScope>();
  for (const event of orderedEvents(log)) {
    if (compareIsoDates(event.on, today) > 0) continue;
    const key = scopeKey(event.scope);
    if (!scopes.has(key)) scopes.set(key, event.scope);
  }
  return [...scopes.entries()]
    .sort(([a], [b]) => Number(b === 'early-help') - Number(a === 'early-help'))
    .map(([key, scope]) => {
      const state = scopeState(log, scope, today);
      return { key, scope, state, canWithdraw: state.state === 'given' || state.state === 'expired' };
    });
}


export interface HistoryRow {
  id: string;
  on: IsoDate;
  kind: string;
  sentence: string;
  how: string;
  reviewBy: IsoDate | null;
  note: string;
  recordedBy: string;
  recordedAt: string;
}

/** The whole log, newest first: by the day it happened, then by when it was recorded. */
export function historyRows(log: readonly ConsentEvent[], service = 'early help'): HistoryRow[] {
  return orderedEvents(log)
    .reverse()
    .map((e) => ({
      id: e.id,
      on: e.on,
      kind: kindLabels[e.kind],
      sentence: eventSentence(e, service),
      how: e.how ? capitalise(consentHowLabels[e.how]) : 'Not recorded',
      reviewBy: e.kind === 'given' || e.kind === 'reviewed' ? e.reviewBy : null,
      note: e.note,
      recordedBy: e.recordedBy,
      recordedAt: e.recordedAt,
    }));
}
