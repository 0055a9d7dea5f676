/**
 * A plain summary of who the family has agreed may be sent information, for reuse in documents:
 * "School: yes. Health visitor: yes. Housing: no."
 * Recipients appear in the order they were first asked about.
 */
import {
  recipientKey,
  recipientLabel,
  type ConsentEvent,
  type ConsentRecipient,
} from '../domain/consent';
import { searchKey } from './text';
import { andList } from '../words/list';
import { compareIsoDates, type IsoDate } from './dates';
import { combineStates, orderedEvents, scopeState, type Answer } from './consent-state';

export interface SummaryOptions {
  /** Start with "Early help: yes." (off by default). */
  includeEarlyHelp?: boolean;
}

const WORDS: Record<Answer['answer'], string> = {
  yes: 'yes',
  no: 'no',
  expired: 'needs renewing',
  'not-asked': 'not asked yet',
};

export const NO_CONSENT_RECORDED = 'No consent to share information has been recorded.';

export function consentSummaryLine(log: readonly ConsentEvent[], today: IsoDate, options: SummaryOptions = {}): string {
  const parts: string[] = [];
  if (options.includeEarlyHelp) {
    parts.push(`Early help: ${WORDS[combineStates([scopeState(log, { type: 'early-help' }, today)]).answer]}.`);
  }
  for (const { recipient, purposes } of recipientsInOrder(log, today)) {
    parts.push(`${recipientLabel(recipient)}: ${recipientWord(log, recipient, purposes, today)}.`);
  }
  if (parts.length === 0 || (options.includeEarlyHelp && parts.length === 1)) parts.push(NO_CONSENT_RECORDED);
  return parts.join(' ');
}

function recipientWord(log: readonly ConsentEvent[], recipient: ConsentRecipient, purposes: readonly string[], today: IsoDate): string {
  const state = (purpose: string) => scopeState(log, { type: 'share', recipient, purpose }, today);
  const general = combineStates([state('')]);
  const forPurpose = (p: string) => combineStates([state(''), state(p)]).answer;
  if (general.answer === 'yes') {
    const except = purposes.filter((p) => forPurpose(p) !== 'yes');
    return except.length === 0 ? 'yes' : `yes, except for ${andList(except)}`;
  }
  const only = purposes.filter((p) => forPurpose(p) === 'yes');
  if (only.length > 0) return `yes, only for ${andList(only)}`;
  if (general.answer !== 'not-asked') return WORDS[general.answer];
  // Asked only about particular purposes, and none is a yes today.
  const answers = purposes.map(forPurpose);
  if (answers.includes('no')) return WORDS.no;
  if (answers.includes('expired')) return WORDS.expired;
  return WORDS['not-asked'];
}

/** Each recipient once, in the order first asked about (up to today), with the purposes asked about. */
function recipientsInOrder(log: readonly ConsentEvent[], today: IsoDate): Array<{ recipient: ConsentRecipient; purposes: string[] }> {
  const byKey = new Map<string, { recipient: ConsentRecipient; purposes: string[] }>();
  for (const event of orderedEvents(log)) {
    if (event.scope.type !== 'share' || compareIsoDates(event.on, today) > 0) continue;
    const key = recipientKey(event.scope.recipient);
    const entry = byKey.get(key) ?? { recipient: event.scope.recipient, purposes: [] };
    const purpose = event.scope.purpose;
    if (purpose !== '' && !entry.purposes.some((p) => searchKey(p) === searchKey(purpose))) entry.purposes.push(purpose);
    byKey.set(key, entry);
  }
  return [...byKey.values()];
}


