/**
 * What each audit entry did, as words a chair understands. Every record type and action in the
 * vocabulary (shared/domain/audit-vocabulary.ts) has its wording here, checked by the compiler:
 * a new type or action without words does not build. Entries written by older versions still read,
 * and a record type this version does not know reads as "a record".
 */
import {
  isSettingsKey,
  parseRecordType,
  type AuditSubject,
  type AuthoredBriefingFormat,
  type CopyBasis,
  type InvitationFormat,
  type PlainRecordType,
  type SettingsKey,
} from '../../../shared/domain/audit-vocabulary';
import type { MinutesDocumentKind } from '../../../shared/domain/minutes';
import type { AuditEntry } from '../../../shared/rules/audit-chain';
import { andList } from '../../../shared/words/list';

/** Who a recipient id is: their name alone, and their name with role or relationship. */
export interface RecipientName {
  name: string;
  full: string;
}
export type RecipientNames = ReadonlyMap<string, RecipientName>;

/** What a recipient who can no longer be found (removed from the directory, or a family disposed of) is called. */
export const UNKNOWN_RECIPIENT = 'someone no longer in the records';

/** A record id (32 hex characters from `newId`; fixtures use shorter ones), as opposed to an agency written by name. */
const RECORD_ID = /^[0-9a-f]{12,64}$/;

/**
 * A recipient by name. Agencies are kept by name (`agency:Housing` on copies, plain `Housing` on
 * consent entries); a person is kept by id and looked up, so an id is never shown.
 */
export function recipientName(id: string, names: RecipientNames, form: keyof RecipientName = 'name'): string {
  const known = names.get(id);
  if (known) return known[form];
  if (id.startsWith('agency:')) return id.slice('agency:'.length);
  return RECORD_ID.test(id) || id.trim() === '' ? UNKNOWN_RECIPIENT : id;
}

/** "Ana", "Ana and Ben", "Ana, Ben and Cal". */
export function listWords(items: readonly string[]): string {
  return andList(items);
}

const RECORD_NOUNS: Record<PlainRecordType, string> = {
  family: "the family's details",
  plan: 'the plan',
  consent: 'the consent register',
  referral: 'a safeguarding referral',
  meeting: 'a meeting',
  'meeting-record': 'the record of a meeting',
  timetable: "the family's week",
  minutes: 'the minutes',
  briefing: 'a briefing received for a meeting',
  'authored-briefing': 'a briefing written here',
  'briefing-request': 'a request for a briefing',
  'briefing-request/form-file': 'a request for a briefing as a form file (to open in a web browser)',
  settings: 'the settings',
  app: 'Team Around',
  storage: 'recent work kept in the second copy',
  backup: 'a backup',
  audit: 'the record of who did what',
  'drift-acknowledgement': 'a note that a drift alert was looked at',
};

const SETTINGS_WORDS: Record<SettingsKey, string> = {
  area: "Changed the area's settings",
  profile: 'Changed their name or role',
  retention: 'Changed how long records are kept',
  passphrase: 'Changed the passphrase',
  'drift-thresholds': 'Changed when drift alerts are raised',
  'data-key': 'Changed the key that encrypts records',
};

const MINUTES_DOCUMENTS: Record<MinutesDocumentKind, string> = {
  minutes: 'the minutes',
  'family-version': "the family's version of the minutes",
  'child-letter': 'the letter to the child',
  'action-plan': 'the action plan',
  'review-copy': 'the review copy of the minutes',
  'meeting-pack': 'the meeting pack',
  agenda: 'the agenda',
};

const COPY_BASIS: Record<CopyBasis, string> = {
  family: "the family's own copy",
  consent: "with the family's consent",
  safeguarding: 'for a safeguarding referral',
};

const INVITATION_KINDS: Record<InvitationFormat, string> = {
  docx: 'the invitation letter',
  pdf: 'the invitation letter',
  ics: 'the calendar invitation',
};

const AUTHORED_FILES: Record<AuthoredBriefingFormat, string> = {
  word: 'as a Word file',
  pdf: 'as a PDF file',
  'briefing-file': 'as a briefing file to send to the chair',
};

const FILE_WORDS: Record<'docx' | 'pdf' | 'ics', string> = {
  docx: 'as a Word file',
  pdf: 'as a PDF file',
  ics: 'as a calendar file',
};

const CREATED: Partial<Record<PlainRecordType, string>> = {
  family: 'Added the family',
  plan: 'Started a plan',
  minutes: 'Started the minutes',
};

/** The kind of record, without who it was for: "the invitation letter", "version 2 of the minutes (PDF, …)". */
function subjectNoun(subject: AuditSubject | null): string {
  if (subject === null) return 'a record';
  switch (subject.kind) {
    case 'plain':
      return RECORD_NOUNS[subject.type];
    case 'authored-briefing-file':
      return 'a briefing written here';
    case 'invitation':
      return subject.format === null ? 'an invitation to a meeting' : INVITATION_KINDS[subject.format];
    case 'meeting-pack':
      return 'the meeting pack';
    case 'minutes-copy':
      return `version ${subject.version} of ${MINUTES_DOCUMENTS[subject.document]} (${subject.format === 'docx' ? 'Word' : 'PDF'}, ${COPY_BASIS[subject.basis]})`;
    case 'review-file':
      return `version ${subject.version} of the minutes as a review file (a form to open in a browser, the family's own copy)`;
    case 'review-reply':
      return `the family's answer from a review file (version ${subject.version} of the minutes)`;
    case 'owner-actions':
      return 'the list of open actions';
    default:
      return unreachable(subject);
  }
}

/** How a saved file is described after "Saved …". */
function savedAs(subject: AuditSubject | null): string {
  if (subject === null) return 'as a file';
  switch (subject.kind) {
    case 'authored-briefing-file':
      return AUTHORED_FILES[subject.format];
    case 'invitation':
    case 'meeting-pack':
      return subject.format === null ? 'as a file' : FILE_WORDS[subject.format];
    case 'owner-actions':
      return FILE_WORDS[subject.format];
    case 'review-file':
      return '';
    case 'plain':
    case 'minutes-copy':
    case 'review-reply':
      return 'as a file';
    default:
      return unreachable(subject);
  }
}

function unreachable(value: never): never {
  throw new Error(`No words for ${JSON.stringify(value)}`);
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('en-GB') + text.slice(1);
}

/** The notes the trail writes about itself (renderer/data/repositories/audit.ts), by recordId; `tip-missing` is the default. */
const AUDIT_NOTES: Partial<Record<string, string>> = {
  'entries-missing': 'Found that the newest entries of this record had been removed: it was shorter than the count kept with the key information',
  'count-altered': 'Found that the count of entries kept with the key information had been changed',
  'trail-removed': 'Found that this record had been removed while families or meetings were still on this computer',
};

type Described = Pick<AuditEntry, 'action' | 'recordType'> & Partial<Pick<AuditEntry, 'recordId' | 'recipients'>>;

/** The action in words, and whether those words already name the recipients. */
export function actionWords(entry: Described, names: RecipientNames = new Map()): { text: string; namesRecipients: boolean } {
  const subject = parseRecordType(entry.recordType);
  const noun = subjectNoun(subject);
  const who = (entry.recipients ?? []).map((id) => recipientName(id, names));
  const forWho = who.length > 0 ? ` for ${listWords(who)}` : '';
  const plain = subject?.kind === 'plain' ? subject.type : null;
  const said = (text: string, namesRecipients = false) => ({ text, namesRecipients });

  switch (entry.action) {
    case 'view':
      return said("Opened the family's information");
    case 'create':
      return said((plain && CREATED[plain]) ?? `Added ${noun}`);
    case 'update': {
      const key = entry.recordId ?? '';
      if (plain === 'settings') return said(isSettingsKey(key) ? SETTINGS_WORDS[key] : 'Changed the settings');
      if (subject?.kind === 'review-reply' && who.length > 0) return said(`Imported the answer ${listWords(who)} sent back in a review file (version ${subject.version} of the minutes)`, true);
      return said(subject?.kind === 'review-reply' ? `Imported ${noun}` : `Changed ${noun}`);
    }
    case 'export': {
      if (plain === 'backup') return said('Made a backup');
      const tail = savedAs(subject);
      const named = subject?.kind === 'invitation' || subject?.kind === 'owner-actions';
      return said(`Saved ${noun}${named ? forWho : ''}${tail === '' ? '' : ` ${tail}`}`, named && who.length > 0);
    }
    case 'share':
      if (plain === 'briefing-request') return said(who.length > 0 ? `Asked ${listWords(who)} for a briefing` : 'Asked for a briefing', true);
      if (plain === 'briefing-request/form-file') {
        return said(`Shared a request for a briefing as a form file (to open in a web browser)${who.length > 0 ? ` with ${listWords(who)}` : ''}`, true);
      }
      return said(`Shared ${noun}${who.length > 0 ? ` with ${listWords(who)}` : ''}`, true);
    case 'consent-change':
      return said(who.length > 0 ? `Changed the consent register for sharing with ${listWords(who)}` : 'Changed the consent register', true);
    case 'safeguarding-referral':
      return said(who.length > 0 ? `Made a safeguarding referral to ${listWords(who)}` : 'Made a safeguarding referral', true);
    case 'unlock':
      return said('Unlocked Team Around');
    case 'failed-unlock':
      return said('Tried to unlock Team Around with the wrong passphrase');
    case 'restore':
      if (plain === 'storage') return said("Put back recent work from the second copy after the browser's storage was reset");
      return said('Restored information from a backup');
    case 'disposal':
      if (plain === 'authored-briefing') return said('Removed a briefing written here');
      return said(plain === 'family' ? "Disposed of the family's records" : `Disposed of ${noun}`);
    case 'record-altered':
      if (plain === 'audit') return said(AUDIT_NOTES[entry.recordId ?? ''] ?? 'Found that the newest entries of this record, and the note of where it ended, had been removed');
      if (plain === 'app') return said('Found that the record of failed unlocks had been changed while Team Around was locked');
      return said(`Found that ${noun} had been changed`);
    case 'hand-over-start':
      return said(who.length > 0 ? `Handed the laptop to ${listWords(who)} to check the minutes` : 'Handed the laptop to the family to check the minutes', true);
    case 'hand-over-end':
      return said(who.length > 0 ? `Took the laptop back from ${listWords(who)} with the passphrase` : 'Took the laptop back from the family with the passphrase', true);
    default:
      return unreachable(entry.action);
  }
}

/** "Changed the consent register", "Saved the invitation letter for Priya Shah as a Word file". */
export function describeAction(entry: Described, names: RecipientNames = new Map()): string {
  return actionWords(entry, names).text;
}

/** "Plan, reference 3F2A1B": the kind of record and the start of its id, never its content. */
export function describeRecord(entry: Pick<AuditEntry, 'recordType' | 'recordId'>): string {
  const kind = capitalise(subjectNoun(parseRecordType(entry.recordType)).replace(/^(the|a|an) /, ''));
  return `${kind}, reference ${shortReference(entry.recordId)}`;
}

/** The start of a record's id, enough to tell records apart: "3F2A1B". */
export function shortReference(recordId: string): string {
  return recordId.slice(0, 6).toLocaleUpperCase('en-GB');
}
