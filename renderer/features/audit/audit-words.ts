/**
 * The audit trail in plain words for the "Record of who did what" screen. Pure, so it can be
 * tested without a screen. Entries hold ids and kinds only, so nothing here can show content.
 */
import type { Practitioner } from '../../../shared/domain/directory';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import type { AuditEntry, ChainVerdict } from '../../../shared/rules/audit-chain';
import { dateTimeWords } from '../../../shared/time/london';
import { capitalise } from '../../../shared/words/case';
import { actionWords, listWords, recipientName, shortReference, type RecipientName, type RecipientNames } from './audit-action-words';

export { describeAction, describeRecord, type RecipientNames } from './audit-action-words';

/**
 * Who the trail's recipient ids are, in words: the people in the families' records and the
 * directory by name and role, an agency by its name. An id nobody can be found for (a practitioner
 * since removed from the directory) is never shown: it reads as someone no longer in the records.
 */
export function recipientNames(families: readonly Pick<FamilyRecord, 'carers' | 'children'>[], practitioners: readonly Practitioner[]): Map<string, RecipientName> {
  const names = new Map<string, RecipientName>();
  const join = (...parts: string[]) => parts.map((p) => p.trim()).filter((p) => p !== '').join(', ');
  for (const p of practitioners) names.set(p.id, { name: p.name.trim(), full: join(p.name, p.role, p.agency) });
  for (const family of families) {
    for (const c of family.carers) names.set(c.id, { name: c.name.trim(), full: join(c.name, c.relationship) });
    for (const c of family.children) names.set(c.id, { name: c.name.trim(), full: join(c.name, 'child') });
  }
  return names;
}

export function describeRecipients(recipients: readonly string[] | undefined, names: RecipientNames = new Map()): string {
  if (!recipients || recipients.length === 0) return 'None';
  return recipients.map((id) => capitalise(recipientName(id, names, 'full'))).join('; ');
}


/** "23 November 2026 at 09:15", in England's time. */
export function describeWhen(at: string): string {
  return dateTimeWords(at, 'Unknown time');
}

/** What the settings page says after checking the whole trail. */
export function describeCheck(verdict: ChainVerdict, entries: number): string {
  if (verdict.ok) {
    const count = entries.toLocaleString('en-GB');
    return entries === 0 ? 'The record is complete: nothing has been recorded yet.' : `The record is complete: ${count} ${entries === 1 ? 'entry' : 'entries'}, none changed.`;
  }
  return `The record is not complete. ${verdict.reason}`;
}

/** Kinds of entry the app-wide record can be narrowed to. */
export const AUDIT_FILTERS = {
  all: 'Everything',
  unlocks: 'Unlocks and failed unlocks',
  backups: 'Backups and restores',
  settings: 'Settings changes',
  disposals: 'Disposals',
  families: "Families' records",
  warnings: 'Changes found in the records',
} as const;
export type AuditFilter = keyof typeof AUDIT_FILTERS;

export function matchesFilter(entry: AuditEntry, filter: AuditFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'unlocks':
      return entry.action === 'unlock' || entry.action === 'failed-unlock';
    case 'backups':
      return entry.recordType === 'backup' || entry.action === 'restore';
    case 'settings':
      return entry.recordType === 'settings';
    case 'disposals':
      return entry.action === 'disposal';
    case 'families':
      return entry.familyId !== undefined;
    case 'warnings':
      return entry.action === 'record-altered';
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('en-GB') + text.slice(1);
}

/** One entry as a sentence: "Jo Chair shared the plan with Ana Silva and Housing (reference 3F2A1B)." */
export function describeSentence(entry: AuditEntry, names: RecipientNames = new Map()): string {
  const action = actionWords(entry, names);
  // Every action starts with a verb in the past tense ("Unlocked Team Around"), so it follows the name.
  const words = lowerFirst(action.text);
  const showRecord = !['app', 'settings', 'audit', 'storage', 'backup'].includes(entry.recordType);
  // The action already says what kind of record it was; the reference tells records of that kind apart.
  const record = showRecord ? ` (reference ${shortReference(entry.recordId)})` : '';
  const recipients = !action.namesRecipients && entry.recipients && entry.recipients.length > 0 ? ` for ${listWords(entry.recipients.map((id) => recipientName(id, names)))}` : '';
  return `${entry.actor} ${words}${recipients}${record}.`;
}

export const AUDIT_PAGE_SIZE = 50;

/** One page of entries (newest first), with the page number clamped to those that exist. */
export function pageOf<T>(entries: readonly T[], requested: number): { rows: T[]; page: number; pages: number; first: number; last: number } {
  const pages = Math.max(1, Math.ceil(entries.length / AUDIT_PAGE_SIZE));
  const page = Math.min(Math.max(1, Number.isSafeInteger(requested) ? requested : 1), pages);
  const start = (page - 1) * AUDIT_PAGE_SIZE;
  const rows = entries.slice(start, start + AUDIT_PAGE_SIZE);
  return { rows, page, pages, first: rows.length === 0 ? 0 : start + 1, last: start + rows.length };
}
