/**
 * Consent due for review in the next two weeks, or whose review date has passed, soonest first:
 * each scope (early help, or sharing with one agency or practitioner) whose consent is in force
 * with a review date.
 */
import { scopeKey, type ConsentEvent, type ConsentScope } from '../../domain/consent';
import type { IsoDate } from '../dates';
import { scopeState } from '../consent-state';
import type { HomeButton } from './target';
import { addDays, compareDates, LOOK_AHEAD_DAYS } from './window';

export interface ConsentDueItem {
  familyId: string;
  scope: ConsentScope;
  reviewBy: IsoDate;
  overdue: boolean;
  button: HomeButton;
}

export function consentsDue(input: { today: IsoDate; logs: ReadonlyMap<string, readonly ConsentEvent[]> }): ConsentDueItem[] {
  const until = addDays(input.today, LOOK_AHEAD_DAYS);
  const items: ConsentDueItem[] = [];
  for (const [familyId, log] of input.logs) {
    const scopes = new Map<string, ConsentScope>();
    for (const event of log) scopes.set(scopeKey(event.scope), event.scope);
    for (const scope of scopes.values()) {
      const state = scopeState(log, scope, input.today);
      if (state.state !== 'given' && state.state !== 'expired') continue;
      if (state.reviewBy === null || compareDates(state.reviewBy, until) > 0) continue;
      items.push({
        familyId,
        scope,
        reviewBy: state.reviewBy,
        overdue: state.state === 'expired',
        button: { label: 'Review consent', target: { screen: 'consent', familyId } },
      });
    }
  }
  return items.sort((a, b) => compareDates(a.reviewBy, b.reviewBy) || a.familyId.localeCompare(b.familyId));
}
