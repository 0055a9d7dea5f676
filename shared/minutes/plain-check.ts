/**
 * The plain-language check before the family's version is exported: for each section, the
 * existing checker's flags (jargon, unexplained abbreviations, long sentences) and a readability
 * score, with the flags the chair has accepted marked so. People's own words (quotations) are
 * not checked: they stay exactly as they were said.
 */
import type { Block } from '../documents/model';
import type { AcceptedFlag, MinutesContent, MinutesSectionId } from '../domain/minutes';
import type { Glossary } from '../rules/glossary';
import { checkPlainLanguage, readability, type PlainLanguageFlag, type Readability } from '../rules/plain-language';
import { blockText } from './content';

export interface CheckedFlag extends PlainLanguageFlag {
  accepted: boolean;
}

export interface SectionCheck {
  sectionId: MinutesSectionId;
  /** The section's heading in the family's version. */
  heading: string;
  /** The text that was checked; flags' start and end index into it. */
  text: string;
  flags: CheckedFlag[];
  readability: Readability;
}

export interface FamilyVersionCheck {
  sections: SectionCheck[];
  /** The whole family's version. */
  readability: Readability;
  /** Flags not yet fixed or accepted. */
  open: number;
}

/** The words a family reads in a section, one block to a line, without quotations. */
export function checkableText(blocks: readonly Block[]): string {
  return blocks
    .filter((b) => b.kind !== 'quotation' && b.kind !== 'image')
    .map((b) => (b.kind === 'table' ? b.rows.flat(2).map((r) => r.text).join('\n') : blockText(b)))
    .filter((s) => s.trim() !== '')
    .join('\n');
}

export function isAccepted(accepted: readonly AcceptedFlag[], sectionId: MinutesSectionId, flag: Pick<PlainLanguageFlag, 'kind' | 'text'>): boolean {
  return accepted.some((a) => a.sectionId === sectionId && a.kind === flag.kind && a.text === flag.text);
}

export function checkFamilyVersion(content: MinutesContent, glossary: Glossary, accepted: readonly AcceptedFlag[] = []): FamilyVersionCheck {
  const sections = content.sections.map((s): SectionCheck => {
    const text = checkableText(s.familyBlocks);
    const result = checkPlainLanguage(text, { glossary });
    return {
      sectionId: s.id,
      heading: s.familyHeading,
      text,
      flags: result.flags.map((f) => ({ ...f, accepted: isAccepted(accepted, s.id, f) })),
      readability: result.readability,
    };
  });
  return {
    sections,
    readability: readability(sections.map((s) => s.text).join('\n')),
    open: sections.reduce((n, s) => n + s.flags.filter((f) => !f.accepted).length, 0),
  };
}

/** The accepted-flag record for one flag (pass it to workflow.acceptFlag). */
export function acceptedFlagFor(sectionId: MinutesSectionId, flag: Pick<PlainLanguageFlag, 'kind' | 'text'>, at: string, by: string): AcceptedFlag {
  return { sectionId, kind: flag.kind, text: flag.text, acceptedAt: at, acceptedBy: by };
}
