/**
 * Every record type the app writes into the audit trail, as a union the compiler checks. Writers
 * build record types only through `auditRecordType` below, so a malformed or unknown string cannot
 * be written; readers turn any stored string back into an `AuditSubject` with `parseRecordType`
 * (older strings included) or get null for one this version does not know.
 *
 * The stored strings never change shape for an existing type: audit entries are hash-chained and
 * are never rewritten, so what was written years ago must still parse.
 */
import { MINUTES_DOCUMENT_KINDS, type MinutesDocumentKind } from './minutes';

/** Record types that are one fixed word. */
export const PLAIN_RECORD_TYPES = [
  'family',
  'plan',
  'consent',
  'referral',
  'meeting',
  'meeting-record',
  'timetable',
  'minutes',
  'briefing',
  'authored-briefing',
  'briefing-request',
  'briefing-request/form-file',
  'settings',
  'app',
  'storage',
  'backup',
  'audit',
  'drift-acknowledgement',
] as const;
export type PlainRecordType = (typeof PLAIN_RECORD_TYPES)[number];

export const AUTHORED_BRIEFING_FORMATS = ['word', 'pdf', 'briefing-file'] as const;
export type AuthoredBriefingFormat = (typeof AUTHORED_BRIEFING_FORMATS)[number];

export const INVITATION_FORMATS = ['docx', 'pdf', 'ics'] as const;
export type InvitationFormat = (typeof INVITATION_FORMATS)[number];

export const MEETING_PACK_FORMATS = ['docx', 'pdf'] as const;
export type MeetingPackFormat = (typeof MEETING_PACK_FORMATS)[number];

export const COPY_FORMATS = ['docx', 'pdf'] as const;
export type CopyFormat = (typeof COPY_FORMATS)[number];

export const COPY_BASES = ['family', 'consent', 'safeguarding'] as const;
export type CopyBasis = (typeof COPY_BASES)[number];

/** Which settings row a settings change was to (the entry's recordId). */
export const SETTINGS_KEYS = ['area', 'profile', 'retention', 'passphrase', 'drift-thresholds', 'data-key'] as const;
export type SettingsKey = (typeof SETTINGS_KEYS)[number];

/** What an entry is about, parsed from its record type. */
export type AuditSubject =
  | { kind: 'plain'; type: PlainRecordType }
  | { kind: 'authored-briefing-file'; format: AuthoredBriefingFormat }
  /** `format` is null for entries written before the format was recorded. */
  | { kind: 'invitation'; format: InvitationFormat | null }
  | { kind: 'meeting-pack'; format: MeetingPackFormat | null }
  | { kind: 'minutes-copy'; document: MinutesDocumentKind; version: number; format: CopyFormat; basis: CopyBasis }
  | { kind: 'review-file'; version: number }
  | { kind: 'review-reply'; version: number }
  /** One practitioner's open actions across families, saved to send them. */
  | { kind: 'owner-actions'; format: CopyFormat };

/** The record types written today. */
export type AuditRecordType =
  | PlainRecordType
  | `authored-briefing-${AuthoredBriefingFormat}`
  | `meeting-invitation/${InvitationFormat}`
  | `meeting-pack/${MeetingPackFormat}`
  | `minutes/${MinutesDocumentKind}/v${number}/${CopyFormat}/${CopyBasis}`
  | `minutes/review-file/v${number}/html/family`
  | `minutes/review-file-reply/v${number}`
  | `owner-actions/${CopyFormat}`;

function checkedVersion(version: number): number {
  if (!Number.isSafeInteger(version) || version < 1) throw new RangeError(`A version number must be a whole number from 1, not ${version}.`);
  return version;
}

/** The only way to make a record type: one builder per shape. */
export const auditRecordType = {
  plain: (type: PlainRecordType): AuditRecordType => type,
  authoredBriefingFile: (format: AuthoredBriefingFormat): AuditRecordType => `authored-briefing-${format}`,
  invitation: (format: InvitationFormat): AuditRecordType => `meeting-invitation/${format}`,
  meetingPack: (format: MeetingPackFormat): AuditRecordType => `meeting-pack/${format}`,
  /** `minutes/<document>/v<version>/<format>/<basis>`: one copy of a minutes document saved or shared. */
  minutesCopy: (copy: { document: MinutesDocumentKind; version: number; format: CopyFormat; basis: CopyBasis }): AuditRecordType =>
    `minutes/${copy.document}/v${checkedVersion(copy.version)}/${copy.format}/${copy.basis}`,
  /** `minutes/review-file/v<version>/html/family`: a review file saved for someone in the family. */
  reviewFile: (version: number): AuditRecordType => `minutes/review-file/v${checkedVersion(version)}/html/family`,
  /** `minutes/review-file-reply/v<version>`: the answer from a review file's reply, imported. */
  reviewReply: (version: number): AuditRecordType => `minutes/review-file-reply/v${checkedVersion(version)}`,
  /** `owner-actions/<format>`: one practitioner's open actions saved as a file to send them. */
  ownerActions: (format: CopyFormat): AuditRecordType => `owner-actions/${format}`,
} as const;

const oneOf = <T extends string>(list: readonly T[], value: string | undefined): value is T => value !== undefined && (list as readonly string[]).includes(value);

const VERSION = '([1-9]\\d{0,8})';
const MINUTES_COPY = new RegExp(`^minutes/([a-z-]+)/v${VERSION}/([a-z]+)/([a-z]+)$`);
const REVIEW_FILE = new RegExp(`^minutes/review-file/v${VERSION}/html/family$`);
const REVIEW_REPLY = new RegExp(`^minutes/review-file-reply/v${VERSION}$`);
const AUTHORED_FILE = /^authored-briefing-([a-z-]+)$/;
const INVITATION = /^meeting-invitation(?:\/([a-z]+))?$/;
const MEETING_PACK = /^meeting-pack(?:\/([a-z]+))?$/;
const OWNER_ACTIONS = /^owner-actions\/([a-z]+)$/;

/** What a stored record type is about, or null for one this version does not know (it is then shown in plain words). */
export function parseRecordType(recordType: string): AuditSubject | null {
  if (oneOf(PLAIN_RECORD_TYPES, recordType)) return { kind: 'plain', type: recordType };
  const file = REVIEW_FILE.exec(recordType);
  if (file) return { kind: 'review-file', version: Number(file[1]) };
  const reply = REVIEW_REPLY.exec(recordType);
  if (reply) return { kind: 'review-reply', version: Number(reply[1]) };
  const copy = MINUTES_COPY.exec(recordType);
  if (copy) {
    const [, document, version, format, basis] = copy;
    if (oneOf(MINUTES_DOCUMENT_KINDS, document) && oneOf(COPY_FORMATS, format) && oneOf(COPY_BASES, basis)) {
      return { kind: 'minutes-copy', document, version: Number(version), format, basis };
    }
    return null;
  }
  const authored = AUTHORED_FILE.exec(recordType)?.[1];
  if (oneOf(AUTHORED_BRIEFING_FORMATS, authored)) return { kind: 'authored-briefing-file', format: authored };
  const invitation = INVITATION.exec(recordType);
  // Before the format was recorded, invitations were written as plain `meeting-invitation`.
  if (invitation) return invitation[1] === undefined ? { kind: 'invitation', format: null } : oneOf(INVITATION_FORMATS, invitation[1]) ? { kind: 'invitation', format: invitation[1] } : null;
  const pack = MEETING_PACK.exec(recordType);
  if (pack) return pack[1] === undefined ? { kind: 'meeting-pack', format: null } : oneOf(MEETING_PACK_FORMATS, pack[1]) ? { kind: 'meeting-pack', format: pack[1] } : null;
  const owner = OWNER_ACTIONS.exec(recordType)?.[1];
  if (oneOf(COPY_FORMATS, owner)) return { kind: 'owner-actions', format: owner };
  return null;
}

export function isSettingsKey(value: string): value is SettingsKey {
  return oneOf(SETTINGS_KEYS, value);
}

/** An invitation saved for someone (letter or calendar file), in any version of the record type. */
export function isInvitationRecord(recordType: string): boolean {
  return parseRecordType(recordType)?.kind === 'invitation';
}
