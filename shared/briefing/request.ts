/**
 * A request for a briefing: what the chair gives a school or agency so that the briefing they
 * write names the right meeting and child. The school does not have the family's record; the
 * request carries only the ids, the child's name and date of birth (so the school can check it
 * is the right child), the meeting's date, and who asked and who is asked.
 *
 * It travels either as a small JSON file (format "team-around-briefing-request", version 1) or
 * as a reference to paste into an email: "TAREQ1-" then the request as base64url JSON (compact
 * field names), then "-" and the first 8 hex digits of its SHA-256, so a reference that lost or
 * changed characters on the way is caught. See docs/briefing-file-format.md.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { z } from 'zod';
import { base64UrlToBytes, bytesToBase64Url, bytesToHex } from '../bytes';
import { idSchema, isoDateSchema } from '../domain/family';
import { briefingKindSchema } from './sections';
import { decodeUtf8, encodeUtf8 } from './utf8';

export const REQUEST_FORMAT = 'team-around-briefing-request';
export const REQUEST_FORMAT_VERSION = 1;
export const REFERENCE_PREFIX = 'TAREQ1-';
const MAX_REQUEST_BYTES = 64 * 1024;

const line = z.string().max(300);

export const briefingRequestSchema = z.strictObject({
  meetingId: idSchema,
  childId: idSchema,
  child: z.strictObject({ name: line.min(1), dateOfBirth: isoDateSchema }),
  /** The day of the meeting (Europe/London). */
  meetingDate: isoDateSchema,
  kind: briefingKindSchema,
  /** Who is asked: a practitioner from the chair's directory (their id), or just a name and agency. */
  askedOf: z.strictObject({ practitionerId: idSchema.nullable(), name: line, agency: line }),
  /** Who asked: the chair. */
  askedBy: z.strictObject({ name: line, role: line }),
  askedOn: isoDateSchema,
});
export type BriefingRequest = z.infer<typeof briefingRequestSchema>;

export const requestFileSchema = z.strictObject({
  format: z.literal(REQUEST_FORMAT),
  formatVersion: z.literal(REQUEST_FORMAT_VERSION),
  request: briefingRequestSchema,
});

export type RequestRead = { ok: true; request: BriefingRequest } | { ok: false; message: string };

// ---------------------------------------------------------------- the request file

export function writeRequestFile(request: BriefingRequest): Uint8Array {
  const file = { format: REQUEST_FORMAT, formatVersion: REQUEST_FORMAT_VERSION, request: briefingRequestSchema.parse(request) };
  return encodeUtf8(`${JSON.stringify(file, null, 2)}\n`);
}

const NOT_A_REQUEST_FILE = 'This file is not a request for a briefing. Choose the request file the chair of the meeting sent you (it ends in .json).';

export function readRequestFile(bytes: Uint8Array): RequestRead {
  if (bytes.byteLength === 0) return { ok: false, message: 'This file is empty. Choose the request file the chair of the meeting sent you.' };
  if (bytes.byteLength > MAX_REQUEST_BYTES) return { ok: false, message: NOT_A_REQUEST_FILE };
  const text = decodeUtf8(bytes);
  if (text === null) return { ok: false, message: NOT_A_REQUEST_FILE };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This request file is damaged or incomplete, so it cannot be read. Ask the chair to send it again.' };
  }
  if (typeof raw === 'object' && raw !== null && (raw as { format?: unknown }).format === 'team-around-briefing') {
    return { ok: false, message: 'This is a finished briefing, not a request for one. A chair brings briefing files in from the meeting’s Briefings page.' };
  }
  const parsed = requestFileSchema.safeParse(raw);
  if (!parsed.success) {
    const version = (raw as { formatVersion?: unknown } | null)?.formatVersion;
    if ((raw as { format?: unknown } | null)?.format === REQUEST_FORMAT && typeof version === 'number' && version > REQUEST_FORMAT_VERSION) {
      return { ok: false, message: 'This request was made by a newer version of Team Around. Update Team Around, then open it again.' };
    }
    if ((raw as { format?: unknown } | null)?.format === REQUEST_FORMAT) {
      return { ok: false, message: 'This request file is missing something or has been changed, so it cannot be used. Ask the chair to send it again.' };
    }
    return { ok: false, message: NOT_A_REQUEST_FILE };
  }
  return { ok: true, request: parsed.data.request };
}

// ---------------------------------------------------------------- the reference to paste

type Compact = [
  version: 1,
  meetingId: string,
  childId: string,
  childName: string,
  dateOfBirth: string,
  meetingDate: string,
  kind: string,
  askedOfId: string | null,
  askedOfName: string,
  askedOfAgency: string,
  askedByName: string,
  askedByRole: string,
  askedOn: string,
];

const check = (payload: string) => bytesToHex(sha256(encodeUtf8(payload))).slice(0, 8);

/** The reference the chair copies into an email: "TAREQ1-<base64url JSON>-<8 hex check digits>". */
export function requestReference(request: BriefingRequest): string {
  const r = briefingRequestSchema.parse(request);
  const compact: Compact = [
    1,
    r.meetingId,
    r.childId,
    r.child.name,
    r.child.dateOfBirth,
    r.meetingDate,
    r.kind,
    r.askedOf.practitionerId,
    r.askedOf.name,
    r.askedOf.agency,
    r.askedBy.name,
    r.askedBy.role,
    r.askedOn,
  ];
  const payload = bytesToBase64Url(encodeUtf8(JSON.stringify(compact)));
  return `${REFERENCE_PREFIX}${payload}-${check(payload)}`;
}

const BAD_REFERENCE = 'This reference is not complete or has been changed: check that you copied all of it, from “TAREQ1-” to the end, and paste it again.';

/** Reads a pasted reference. Spaces and line breaks (an email may wrap it) are ignored. */
export function readRequestReference(pasted: string): RequestRead {
  const text = pasted.replace(/\s+/g, '');
  if (text === '') return { ok: false, message: 'Paste the reference the chair of the meeting sent you.' };
  if (!text.toUpperCase().startsWith(REFERENCE_PREFIX)) {
    return { ok: false, message: 'This is not a briefing request reference. A reference starts with “TAREQ1-”. Copy it again from the chair’s email.' };
  }
  const rest = text.slice(REFERENCE_PREFIX.length);
  const cut = rest.lastIndexOf('-');
  if (cut < 0) return { ok: false, message: BAD_REFERENCE };
  const payload = rest.slice(0, cut);
  if (rest.slice(cut + 1) !== check(payload)) return { ok: false, message: BAD_REFERENCE };
  const bytes = base64UrlToBytes(payload);
  const json = bytes === null ? null : decodeUtf8(bytes);
  let compact: unknown;
  try {
    compact = json === null ? null : JSON.parse(json);
  } catch {
    compact = null;
  }
  if (!Array.isArray(compact) || compact.length !== 13 || compact[0] !== 1) return { ok: false, message: BAD_REFERENCE };
  const [, meetingId, childId, name, dateOfBirth, meetingDate, kind, practitionerId, askedOfName, agency, askedByName, role, askedOn] = compact as unknown[];
  const parsed = briefingRequestSchema.safeParse({
    meetingId,
    childId,
    child: { name, dateOfBirth },
    meetingDate,
    kind,
    askedOf: { practitionerId, name: askedOfName, agency },
    askedBy: { name: askedByName, role },
    askedOn,
  });
  return parsed.success ? { ok: true, request: parsed.data } : { ok: false, message: BAD_REFERENCE };
}
