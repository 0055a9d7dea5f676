/**
 * The consent register's rules. Recording an event only ever appends to the log; the earlier
 * events are kept as they were. The summary line and the "may this recipient receive this
 * document?" decision live in their own files and are re-exported here.
 */
import { consentEventSchema, recipientKey, recipientLabel, type ConsentEvent, type ConsentEventInput } from '../domain/consent';
import type { FieldError, Validated } from '../domain/family';
import { firstErrorPerField, issuesToFieldErrors } from '../domain/fields';
import { compareIsoDates, formatLongDate, type IsoDate } from './dates';
import { scopeState } from './consent-state';

export { consentSummaryLine, NO_CONSENT_RECORDED, type SummaryOptions } from './consent-summary';
export { mayReceive } from './may-receive';
export type { DocumentKind, MayReceive, MayReceiveQuestion, Recipient, Route, DenialKind } from './may-receive';
export { scopeState, shareAnswer, earlyHelpAnswer, type ScopeState, type Answer } from './consent-state';

/**
 * Adds an event to the family's consent log, or says at each field why it cannot be recorded.
 * Returns a new log; the one passed in is not changed.
 */
export function recordConsentEvent(log: readonly ConsentEvent[], input: ConsentEventInput, today: IsoDate): Validated<ConsentEvent[]> {
  const parsed = consentEventSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: firstErrorPerField(issuesToFieldErrors(parsed.error.issues)) };
  const event = parsed.data;
  const errors: FieldError[] = [];

  if (log.some((e) => e.id === event.id)) errors.push({ path: 'id', message: 'This event is already in the register' });
  if (log[0] !== undefined && log[0].familyId !== event.familyId) {
    errors.push({ path: 'familyId', message: 'This event belongs to a different family' });
  }
  if (compareIsoDates(event.on, today) > 0) errors.push({ path: 'on', message: 'The date must be today or in the past' });
  if ((event.kind === 'given' || event.kind === 'reviewed') && event.reviewBy !== null && compareIsoDates(event.reviewBy, event.on) <= 0) {
    errors.push({ path: 'reviewBy', message: `The review date must be after ${formatLongDate(event.on)}` });
  }

  const before = scopeState(log, event.scope, event.on);
  const what = event.scope.type === 'early-help' ? 'early help' : `sharing with ${recipientLabel(event.scope.recipient)}`;
  if (event.kind === 'reviewed' && before.state !== 'given' && before.state !== 'expired') {
    errors.push({ path: 'kind', message: `There is no consent to ${what} to review. Record consent given instead` });
  }
  if (event.kind === 'refused' && before.state === 'given') {
    errors.push({ path: 'kind', message: `The family has agreed to ${what}. To record that they have changed their mind, record a withdrawal` });
  }
  if (event.kind === 'withdrawn' && !canWithdraw(log, event)) {
    errors.push({ path: 'kind', message: `There is no consent to ${what} to withdraw. To record that the family said no, record a refusal` });
  }

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: [...log, event] };
}

/** Withdrawal needs consent in force to withdraw: for this scope, or, when withdrawing for every purpose, for any purpose. */
function canWithdraw(log: readonly ConsentEvent[], event: ConsentEvent): boolean {
  const inForce = (state: string) => state === 'given' || state === 'expired';
  if (inForce(scopeState(log, event.scope, event.on).state)) return true;
  const scope = event.scope;
  if (scope.type !== 'share' || scope.purpose !== '') return false;
  const recipient = recipientKey(scope.recipient);
  return log.some(
    (e) => e.scope.type === 'share' && recipientKey(e.scope.recipient) === recipient && inForce(scopeState(log, e.scope, event.on).state),
  );
}
