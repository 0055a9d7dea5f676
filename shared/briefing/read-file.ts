/**
 * Reading a briefing file the chair has chosen. Each check has its own plain message, in this
 * order: empty, size, text, JSON (incomplete or damaged), what kind of file it is, version,
 * every field (strict), then the checksum. Nothing here throws: whatever the bytes, the answer is
 * a briefing or one specific refusal. Whether the briefing belongs to this meeting and child is
 * checked afterwards (checkRelation), against what is on this computer.
 */
import type { z } from 'zod';
import { BRIEFING_FORMAT, BRIEFING_FORMAT_VERSION, briefingChecksum, briefingFileSchema, MAX_BRIEFING_BYTES, type BriefingFile } from './file-format';
import { REQUEST_FORMAT } from './request';
import { sectionWords, SECTION_KEYS, type SectionKey } from './sections';
import { decodeUtf8 } from './utf8';

export type BriefingFileProblem =
  | 'empty'
  | 'too-large'
  | 'not-text'
  | 'truncated'
  | 'damaged'
  | 'unrelated'
  | 'request-not-briefing'
  | 'newer-version'
  | 'invalid'
  | 'altered';

export type BriefingFileRead = { ok: true; file: BriefingFile } | { ok: false; problem: BriefingFileProblem; message: string };

const NOTHING = 'Nothing was brought in.';
const ASK_AGAIN = 'Ask the person who sent it to save it again from Team Around and send it to you again.';

export const BRIEFING_FILE_MESSAGES: Record<Exclude<BriefingFileProblem, 'invalid'>, string> = {
  empty: `This file is empty, so there is no briefing in it. ${NOTHING}`,
  'too-large': `This file is larger than ${MAX_BRIEFING_BYTES / (1024 * 1024)} MB, which is far bigger than any briefing, so it is not a briefing file. ${NOTHING}`,
  'not-text': `This file is not a Team Around briefing file: a briefing file is text, and this is not. ${NOTHING} Choose the .tabriefing file the school or agency sent you.`,
  truncated: `This briefing file is incomplete: it stops part of the way through, perhaps because it did not finish copying or downloading. ${NOTHING} ${ASK_AGAIN}`,
  damaged: `This file could not be read as a briefing: it is damaged, or it is not a briefing file. ${NOTHING} ${ASK_AGAIN}`,
  unrelated: `This is not a Team Around briefing file. ${NOTHING} Choose the .tabriefing file the school or agency sent you.`,
  'request-not-briefing': `This is a request for a briefing, not a briefing. The request goes to the school or agency; they write the briefing in Team Around and send you back a .tabriefing file. ${NOTHING}`,
  'newer-version': `This briefing was saved by a newer version of Team Around, which this version cannot read. Update Team Around, then bring it in again. ${NOTHING}`,
  altered: `This briefing has been changed since its author saved it, so it cannot be trusted. ${NOTHING} ${ASK_AGAIN}`,
};

function refuse(problem: Exclude<BriefingFileProblem, 'invalid'>): BriefingFileRead {
  return { ok: false, problem, message: BRIEFING_FILE_MESSAGES[problem] };
}

/** True when the text stops inside a string or with brackets still open: the end of the file is missing. */
export function looksTruncated(text: string): boolean {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let opened = false;
  for (const ch of text) {
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') {
      depth += 1;
      opened = true;
    } else if (ch === '}' || ch === ']') {
      depth -= 1;
      if (depth < 0) return false;
    }
  }
  return opened && (inString || depth > 0);
}

const FIELD_WORDS: Record<string, string> = {
  briefingId: 'the briefing’s own id',
  request: 'the meeting and child it was asked for',
  kind: 'what kind of briefing it is',
  'author.name': 'the author’s name',
  'author.role': 'the author’s role',
  'author.agency': 'the author’s school or service',
  'author.practitionerId': 'the author’s directory id',
  author: 'who wrote it',
  writtenOn: 'the date it was written',
  'child.name': 'the child’s name',
  'child.dateOfBirth': 'the child’s date of birth',
  child: 'who it is about',
  'content.attendance': 'one of the attendance figures',
  'content.progressLevel': 'how the child is doing compared with what is expected',
  content: 'what it says',
  savedAt: 'when it was saved',
  checksum: 'its checksum',
  formatVersion: 'its format version',
};

/** "the author’s name", "the section “Behaviour”"... for the first problem's place in the file. */
function whereWords(path: readonly PropertyKey[]): string {
  const keys = path.map(String);
  if (keys[0] === 'content' && SECTION_KEYS.includes(keys[1] as SectionKey)) {
    return `the section “${sectionWords('school-briefing', keys[1] as SectionKey).heading}”`;
  }
  if (keys[0] === 'request') return FIELD_WORDS.request ?? '';
  if (keys[0] === 'content' && keys[1] === 'attendance') return FIELD_WORDS['content.attendance'] ?? '';
  for (let n = keys.length; n > 0; n--) {
    const words = FIELD_WORDS[keys.slice(0, n).join('.')];
    if (words) return words;
  }
  return 'a part of the file';
}

function issueWords(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const place = issue.path.length === 0 ? '' : ` in ${whereWords(issue.path)}`;
    return `it has something this version of Team Around does not expect (“${key.slice(0, 60)}”${place})`;
  }
  return `${whereWords(issue.path)} is missing or not valid`;
}

/** The refusal for a file that does not match the format, naming the first problem. */
export function invalidMessage(issue: z.core.$ZodIssue | undefined): string {
  const detail = issue ? issueWords(issue) : 'it does not match the briefing format';
  return `This briefing file cannot be used: ${detail}. ${NOTHING} ${ASK_AGAIN}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads the bytes of a file the chair chose. Never throws. */
export function readBriefingFile(bytes: Uint8Array): BriefingFileRead {
  try {
    return read(bytes);
  } catch {
    // Nothing above is expected to throw; if something does, it is still a file we cannot use.
    return refuse('damaged');
  }
}

function read(bytes: Uint8Array): BriefingFileRead {
  if (bytes.byteLength === 0) return refuse('empty');
  if (bytes.byteLength > MAX_BRIEFING_BYTES) return refuse('too-large');
  const text = decodeUtf8(bytes);
  if (text === null || text.includes('\u0000')) return refuse('not-text');
  if (text.trim() === '') return refuse('empty');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refuse(looksTruncated(text) ? 'truncated' : 'damaged');
  }
  if (!isRecord(raw)) return refuse('unrelated');
  if (raw.format === REQUEST_FORMAT) return refuse('request-not-briefing');
  if (raw.format !== BRIEFING_FORMAT) return refuse('unrelated');
  if (typeof raw.formatVersion === 'number' && Number.isInteger(raw.formatVersion) && raw.formatVersion > BRIEFING_FORMAT_VERSION) {
    return refuse('newer-version');
  }
  const parsed = briefingFileSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problem: 'invalid', message: invalidMessage(parsed.error.issues[0]) };
  if (briefingChecksum(parsed.data) !== parsed.data.checksum.value) return refuse('altered');
  return { ok: true, file: parsed.data };
}
