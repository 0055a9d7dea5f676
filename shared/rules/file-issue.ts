/**
 * The one plain message for a settings file an area can replace (the glossary, the first meeting
 * guide) that does not fit its schema: where the first problem is, and what it is.
 */
import type { z } from 'zod';

/** A checked file: its value, or the message saying what is wrong with it. */
export type FileParse<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * The first problem, named by where it is: `entry 2 in "terms", "plain": …`. `entryWords` names an
 * entry of a list ("part 3"), or returns undefined when the list has no name for people.
 */
export function describeFileIssue(error: z.ZodError, entryWords: (list: string, index: number) => string | undefined): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'the file is not in the expected shape';
  const [list, index, field] = issue.path;
  const where = typeof list === 'string' && typeof index === 'number' ? entryWords(list, index) : undefined;
  if (where !== undefined) return field === undefined ? `${where}: ${issue.message}` : `${where}, "${String(field)}": ${issue.message}`;
  return issue.path.length > 0 ? `"${issue.path.join('.')}": ${issue.message}` : issue.message;
}
