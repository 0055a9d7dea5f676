/**
 * Saving never fails as a whole. A record typed live is checked field by field: what passes is
 * saved, and a field that cannot be (far too long, a date that is not real) is kept at its last
 * saved value, or left out when it was never saved, and named with a plain message at the field.
 * What was typed stays on screen; only what is written changes.
 */
import type { z } from 'zod';
import { actionSchema, type Action } from '../../domain/action';
import { meetingRecordSchema, type MeetingRecord } from '../../domain/meeting-record';

export type FieldPath = ReadonlyArray<string | number>;

export interface FieldProblem {
  /** Where the field is in the record, e.g. ['itemNotes', 0, 'notes']. */
  path: FieldPath;
  /** What is wrong and what to do, in plain words, to show at the field. */
  message: string;
}

export interface SaveableSplit<T> {
  /** The record to write: every field that can be saved, the others at their last saved value or left out. */
  saveable: T;
  /** Each field that cannot be saved, in the record's order. */
  problems: FieldProblem[];
}

const GOES_ON = 'everything else is being saved.';

/** What the message calls the field, by the last name in its path. */
const SUBJECTS: Record<string, string> = {
  notes: 'This note',
  note: 'This note',
  text: 'This entry',
  reason: 'This reason',
  words: 'What the child said',
  grow: 'This answer',
  thinkAbout: 'This answer',
  do: 'This answer',
  familyViews: 'What the family says',
  scalingQuestion: 'The question',
  name: 'This name',
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const number = (n: number) => n.toLocaleString('en-GB');

/** The last named step of a path: "notes" for ['itemNotes', 0, 'notes']. */
function fieldName(path: FieldPath): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const step = path[i];
    if (typeof step === 'string') return step;
  }
  return '';
}

function isDateField(name: string): boolean {
  return /(?:Date|On)$/.test(name);
}

/** The message at the field for one of the schema's complaints. */
export function describeFieldProblem(issue: z.core.$ZodIssue): string {
  const name = fieldName(issue.path as FieldPath);
  const subject = SUBJECTS[name] ?? 'This text';
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return `${subject} is longer than ${number(Number(issue.maximum))} characters. Shorten it to save it: ${GOES_ON}`;
  }
  if (issue.code === 'too_big' && issue.origin === 'array') {
    return `This list has more than ${number(Number(issue.maximum))} entries. Remove some to save it: ${GOES_ON}`;
  }
  if (isDateField(name)) return `This date is not a real date. Correct it to save it: ${GOES_ON}`;
  return `${subject === 'This text' ? 'This' : subject} cannot be saved as it is. Change it to save it: ${GOES_ON}`;
}

/** Entries of a list are matched by their id (or item, child or action id), so a removed or moved entry is not mistaken for another. */
function entryKey(entry: unknown, index: number): string | number {
  if (isRecord(entry)) {
    for (const key of ['id', 'itemId', 'childId', 'actionId']) {
      const value = entry[key];
      if (typeof value === 'string') return `${key}:${value}`;
    }
  }
  return index;
}

type Fix = { kind: 'replace'; path: FieldPath; value: unknown } | { kind: 'drop'; path: FieldPath };

/** How to mend the field at `path`: its last saved value, or, inside an entry never saved, leaving that entry out. */
function fixFor(current: unknown, lastGood: unknown, path: FieldPath): Fix {
  let here = current;
  let good = lastGood;
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    if (Array.isArray(here) && typeof step === 'number') {
      const key = entryKey(here[step], step);
      const goodIndex = Array.isArray(good) ? good.findIndex((g, j) => entryKey(g, j) === key) : -1;
      if (goodIndex < 0 || !Array.isArray(good)) return { kind: 'drop', path: path.slice(0, i + 1) };
      here = here[step];
      good = good[goodIndex];
    } else {
      here = isRecord(here) ? here[String(step)] : undefined;
      good = isRecord(good) ? good[String(step)] : undefined;
    }
  }
  return { kind: 'replace', path, value: good };
}

/** A copy of `value` with the field at `path` replaced (or, for 'drop', the list entry at `path` taken out). */
function applyFix(value: unknown, fix: Fix, depth = 0): unknown {
  const step = fix.path[depth];
  if (step === undefined) return fix.kind === 'replace' ? fix.value : value;
  const last = depth === fix.path.length - 1;
  if (Array.isArray(value) && typeof step === 'number') {
    if (last && fix.kind === 'drop') return value.filter((_, i) => i !== step);
    return value.map((entry: unknown, i) => (i === step ? applyFix(entry, fix, depth + 1) : entry));
  }
  if (isRecord(value)) {
    const key = String(step);
    const next = applyFix(value[key], fix, depth + 1);
    if (next === undefined) {
      const { [key]: _left, ...rest } = value;
      return rest;
    }
    return { ...value, [key]: next };
  }
  return value;
}

const samePath = (a: FieldPath, b: FieldPath) => a.length === b.length && a.every((step, i) => step === b[i]);

function problemsOf(issues: readonly z.core.$ZodIssue[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const issue of issues) {
    const path = issue.path as FieldPath;
    if (!problems.some((p) => samePath(p.path, path))) problems.push({ path, message: describeFieldProblem(issue) });
  }
  return problems;
}

/**
 * Splits `value` into what can be saved and the fields that cannot. `lastGood` is the last value
 * written (it passes the schema). Each field that fails is put back to its value there, one at a
 * time, until the whole passes; if that ever cannot be done, the last good value is saved again.
 */
export function splitSaveable<T>(schema: z.ZodType<T>, value: T, lastGood: T): SaveableSplit<T> {
  const first = schema.safeParse(value);
  if (first.success) return { saveable: value, problems: [] };

  const problems = problemsOf(first.error.issues);
  let candidate: unknown = value;
  // Each round mends one field; a fix can only shrink what is wrong, so this ends well within the cap.
  for (let round = 0; round <= first.error.issues.length * 2 + 2; round++) {
    const parsed = schema.safeParse(candidate);
    if (parsed.success) return { saveable: candidate as T, problems };
    const issue = parsed.error.issues[0];
    if (issue === undefined || issue.path.length === 0) break;
    candidate = applyFix(candidate, fixFor(candidate, lastGood, issue.path as FieldPath));
  }
  return { saveable: lastGood, problems };
}

/** The meeting record as typed, split into what can be saved and the fields that cannot. */
export function splitMeetingRecord(record: MeetingRecord, lastSaved: MeetingRecord): SaveableSplit<MeetingRecord> {
  return splitSaveable(meetingRecordSchema, record, lastSaved);
}

/** Only the fields of the meeting record that cannot be saved, for the screen to name. */
export function recordProblems(record: MeetingRecord): FieldProblem[] {
  const parsed = meetingRecordSchema.safeParse(record);
  return parsed.success ? [] : problemsOf(parsed.error.issues);
}

/** An action as typed, split the same way. */
export function splitAction(action: Action, lastSaved: Action): SaveableSplit<Action> {
  return splitSaveable(actionSchema, action, lastSaved);
}

/** The message for the field at `path`, if it cannot be saved. */
export function problemAt(problems: readonly FieldProblem[] | undefined, ...path: FieldPath): string | undefined {
  return problems?.find((p) => samePath(p.path, path))?.message;
}
