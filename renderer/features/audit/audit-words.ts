/**
 * The audit trail in plain words for the "Record of who did what" screen. Pure, so it can be
 * tested without a screen. Entries hold ids and kinds only, so nothing here can show content.
 */
import type { Practitioner } from '../../../shared/domain/directory';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import type { AuditAction, AuditEntry, ChainVerdict } from '../../../shared/rules/audit-chain';

const RECORD_WORDS: Record<string, string> = {
  family: "the family's details",
  plan: 'the plan',
  consent: 'the consent register',
  referral: 'a safeguarding referral',
  meeting: 'a meeting',
  'meeting-record': 'the record of a meeting',
  'meeting-pack': 'the meeting pack',
  action: 'an action',
  app: 'Team Around',
  backup: 'a backup',
  minutes: 'the minutes',
  'briefing-request': 'a request for a briefing',
  'briefing-request/form-file': 'a request for a briefing as a form file (to open in a web browser)',
  settings: 'the settings',
  storage: 'recent work kept in the second copy',
  audit: 'the record of who did what',
  'authored-briefing': 'a briefing written here',
  'drift-acknowledgement': 'an acknowledgement of a drift alert',
};

const SETTINGS_WORDS: Record<string, string> = {
  area: "Changed the area's settings",
  profile: 'Changed their name or role',
  retention: 'Changed how long records are kept',
  passphrase: 'Changed the passphrase',
  'drift-thresholds': 'Changed when drift alerts are raised',
};

/** A copy of the minutes: `minutes/<document>/v<version>/<format>/<basis>` (see renderer/data/repositories/minutes.ts). */
const MINUTES_COPY = /^minutes\/([a-z-]+)\/v(\d+)\/(docx|pdf)\/(family|consent|safeguarding)$/;
const MINUTES_DOCUMENTS: Record<string, string> = {
  minutes: 'the minutes',
  'family-version': "the family's version of the minutes",
  'child-letter': 'the letter to the child',
  'action-plan': 'the action plan',
  'review-copy': 'the review copy of the minutes',
  'meeting-pack': 'the meeting pack',
  agenda: 'the agenda',
};
const COPY_BASIS: Record<string, string> = {
  family: "the family's own copy",
  consent: "with the family's consent",
  safeguarding: 'for a safeguarding referral',
};

/** A review file for the family, and the answer imported from its reply (renderer/data/repositories/minutes.ts). */
const REVIEW_FILE = /^minutes\/review-file\/v(\d+)\/html\/family$/;
const REVIEW_REPLY = /^minutes\/review-file-reply\/v(\d+)$/;

function recordWords(recordType: string): string {
  const file = REVIEW_FILE.exec(recordType);
  if (file) return `version ${file[1] ?? ''} of the minutes as a review file (a form to open in a browser, the family's own copy)`;
  const reply = REVIEW_REPLY.exec(recordType);
  if (reply) return `the family's answer from a review file (version ${reply[1] ?? ''} of the minutes)`;
  const copy = MINUTES_COPY.exec(recordType);
  if (copy) {
    const [, document = '', version = '', format = '', basis = ''] = copy;
    return `version ${version} of ${MINUTES_DOCUMENTS[document] ?? 'the minutes'} (${format === 'docx' ? 'Word' : 'PDF'}, ${COPY_BASIS[basis] ?? basis})`;
  }
  return RECORD_WORDS[recordType] ?? `a ${recordType} record`;
}

const FIXED: Partial<Record<AuditAction, string>> = {
  view: "Opened the family's information",
  'consent-change': 'Changed the consent register',
  'safeguarding-referral': 'Made a safeguarding referral',
  unlock: 'Unlocked Team Around',
  'failed-unlock': 'Tried to unlock Team Around with the wrong passphrase',
  restore: 'Restored information from a backup',
  disposal: "Disposed of the family's records",
  'record-altered': 'Found that the record of failed unlocks had been changed while Team Around was locked',
};

const CREATED: Record<string, string> = {
  family: 'Added the family',
  plan: 'Started a plan',
};

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('en-GB') + text.slice(1);
}

/** "Changed the consent register", "Started a plan", "Shared the plan". */
export function describeAction(entry: Pick<AuditEntry, 'action' | 'recordType'> & { recordId?: string }): string {
  if (entry.recordType === 'settings' && entry.action === 'update') return SETTINGS_WORDS[entry.recordId ?? ''] ?? 'Changed the settings';
  if (entry.recordType === 'audit' && entry.action === 'record-altered') return 'Found that the newest entries of this record, and the note of where it ended, had been removed';
  if (entry.recordType === 'backup' && entry.action === 'export') return 'Made a backup';
  if (entry.recordType === 'storage' && entry.action === 'restore') return 'Put back recent work from the second copy after the storage was rebuilt';
  const fixed = FIXED[entry.action];
  if (fixed) return fixed;
  const what = recordWords(entry.recordType);
  switch (entry.action) {
    case 'create':
      return CREATED[entry.recordType] ?? `Added ${what}`;
    case 'update':
      return REVIEW_REPLY.test(entry.recordType) ? `Imported ${what}` : `Changed ${what}`;
    case 'export':
      return `Saved ${what} as a file`;
    case 'share':
      return `Shared ${what}`;
    default:
      return capitalise(what);
  }
}

/** "Plan, reference 3F2A1B": the kind of record and the start of its id, never its content. */
export function describeRecord(entry: Pick<AuditEntry, 'recordType' | 'recordId'>): string {
  const kind = capitalise(recordWords(entry.recordType).replace(/^(the|a|an) /, ''));
  return `${kind}, reference ${entry.recordId.slice(0, 6).toLocaleUpperCase('en-GB')}`;
}

/**
 * Who the trail's recipient ids are, in words: the people in the family record and the directory by
 * name and role, an agency by its name. An id nobody can be found for (a practitioner since removed
 * from the directory) is shown as it is.
 */
export function recipientNames(family: Pick<FamilyRecord, 'carers' | 'children'> | null, practitioners: readonly Practitioner[]): Map<string, string> {
  const names = new Map<string, string>();
  const join = (...parts: string[]) => parts.map((p) => p.trim()).filter((p) => p !== '').join(', ');
  for (const p of practitioners) names.set(p.id, join(p.name, p.role, p.agency));
  for (const c of family?.carers ?? []) names.set(c.id, join(c.name, c.relationship));
  for (const c of family?.children ?? []) names.set(c.id, join(c.name, 'child'));
  return names;
}

export function describeRecipients(recipients: readonly string[] | undefined, names: ReadonlyMap<string, string> = new Map()): string {
  if (!recipients || recipients.length === 0) return 'None';
  return recipients.map((id) => names.get(id) ?? (id.startsWith('agency:') ? id.slice('agency:'.length) : id)).join('; ');
}

const WHEN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' });

/** "23 November 2026 at 09:15", in England's time. */
export function describeWhen(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? 'Unknown time' : WHEN.format(date);
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

/** One entry as a sentence: "Jo Chair shared the plan (Plan, reference 3F2A1B) with School and Housing." */
export function describeSentence(entry: AuditEntry): string {
  const action = describeAction(entry);
  // Every action starts with a verb in the past tense ("Unlocked Team Around"), so it follows the name.
  const names = lowerFirst(action);
  const showRecord = !['app', 'settings', 'audit', 'storage', 'backup'].includes(entry.recordType);
  const record = showRecord ? ` (${describeRecord(entry)})` : '';
  const recipients = entry.recipients && entry.recipients.length > 0 ? `, to ${listWords(entry.recipients)}` : '';
  return `${entry.actor} ${names}${record}${recipients}.`;
}

function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
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
