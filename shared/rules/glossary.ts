/**
 * The glossary: plain-English explanations of the words families meet, and a short list of
 * jargon with plainer words to use. Data lives in templates/glossary.json so an area can
 * replace it; a bad file gets one plain message naming the entry and the field.
 */
import { z } from 'zod';
import glossaryJson from '../../templates/glossary.json';
import { describeFileIssue, type FileParse } from './file-issue';

export const glossaryTermSchema = z.object({
  term: z.string().trim().min(1).max(80),
  abbreviationOf: z.string().trim().min(1).max(200).optional(),
  plain: z.string().trim().min(1).max(400),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

export const jargonEntrySchema = z.object({
  phrase: z.string().trim().min(1).max(80),
  plain: z.string().trim().min(1).max(200),
});
export type JargonEntry = z.infer<typeof jargonEntrySchema>;

export const glossarySchema = z.object({
  terms: z.array(glossaryTermSchema).min(1),
  jargon: z.array(jargonEntrySchema),
});
export type Glossary = z.infer<typeof glossarySchema>;

export type GlossaryParse = FileParse<Glossary>;

const PREFIX = 'The glossary could not be read';

const describeIssue = (error: z.ZodError) => describeFileIssue(error, (list, index) => `entry ${index + 1} in "${list}"`);

function findDuplicate(values: string[]): string | undefined {
  const seen = new Set<string>();
  for (const value of values) {
    const key = value.toLocaleLowerCase('en-GB');
    if (seen.has(key)) return value;
    seen.add(key);
  }
  return undefined;
}

/** Checks a parsed glossary file (the shipped one or an area's own). */
export function parseGlossary(data: unknown): GlossaryParse {
  const result = glossarySchema.safeParse(data);
  if (!result.success) return { ok: false, message: `${PREFIX}: ${describeIssue(result.error)}.` };
  const glossary = result.data;
  const term = findDuplicate(glossary.terms.map((t) => t.term));
  if (term !== undefined) return { ok: false, message: `${PREFIX}: "${term}" is explained more than once.` };
  const phrase = findDuplicate(glossary.jargon.map((j) => j.phrase));
  if (phrase !== undefined) return { ok: false, message: `${PREFIX}: the jargon "${phrase}" is listed more than once.` };
  return { ok: true, value: glossary };
}

/** The shipped glossary. Throws only if the file in the app itself is broken. */
export function loadDefaultGlossary(): Glossary {
  const parsed = parseGlossary(glossaryJson);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

/** Finds the entry for a term or abbreviation, ignoring case. */
export function lookUpTerm(glossary: Glossary, word: string): GlossaryTerm | undefined {
  const key = word.trim().toLocaleLowerCase('en-GB');
  return glossary.terms.find((t) => t.term.toLocaleLowerCase('en-GB') === key);
}
