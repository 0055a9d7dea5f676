/** What every section builder shares: the build context, the section draft, and typed text as paragraphs. */
import type { areaWords } from '../../domain/area-settings';
import type { MinutesSectionId } from '../../domain/minutes';
import { p } from '../../documents/builders';
import type { BlockInput } from '../../documents/model';
import type { Glossary } from '../../rules/glossary';
import { spellOut } from '../plain-words';
import type { MinutesInput } from '../types';
import type { MinutesWording } from '../wording';

export type Words = MinutesWording['minutes'];

/** A section as it is being built, before validation. */
export interface Draft {
  id: MinutesSectionId;
  blocks: BlockInput[];
  familyBlocks: BlockInput[];
  /** True when the section says only "nothing recorded", so notes typed under an agenda item can take its place. */
  nothing?: boolean;
}

export const present = (s: string | null | undefined): s is string => s !== null && s !== undefined && s.trim() !== '';


/** Paragraphs from typed text: blank lines separate paragraphs; single line breaks stay. */
export function paragraphs(text: string): BlockInput[] {
  return text
    .split(/\n\s*\n/)
    .map((s) => s.replace(/^\n+|\n+$/g, ''))
    .filter(present)
    .map((s) => p(s));
}

/** What the family's version says in place of the chair's typed words: abbreviations spelled out once per section. */
export class Plain {
  private readonly seen = new Set<string>();
  constructor(private readonly glossary: Glossary) {}
  text(s: string): string {
    return spellOut(s, this.glossary, this.seen);
  }
  paragraphs(s: string): BlockInput[] {
    return paragraphs(this.text(s));
  }
}

export interface Ctx {
  input: MinutesInput;
  wording: MinutesWording;
  w: Words;
  words: ReturnType<typeof areaWords>;
  meetingDate: string;
  childName: (id: string | null | undefined) => string | null;
  glossary: Glossary;
}

/** A section with nothing recorded in it. */
export function empty(ctx: Ctx, id: MinutesSectionId): Draft {
  return { id, blocks: [p(ctx.w.nothingRecorded)], familyBlocks: [p(ctx.w.nothingRecorded)], nothing: true };
}
