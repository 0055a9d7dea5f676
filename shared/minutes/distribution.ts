/**
 * The distribution list: every copy of this version that has gone out, with who it went to and
 * on what basis. Final minutes are frozen, but their list is not: each copy made later lists every
 * copy sent before it (`withDistribution`), and so does the minutes page.
 */
import { table, ul, p, type Inline } from '../documents/builders';
import { clockWords, londonTime } from '../time/london';
import { minutesSectionSchema, MINUTES_DOCUMENT_KIND_LABELS, type DistributionEntry, type MinutesContent, type MinutesSection } from '../domain/minutes';
import { formatLongDate } from '../rules/dates';
import { fill, type MinutesWording } from './wording';

type Words = MinutesWording['minutes'];

const present = (s: string | undefined): s is string => s !== undefined && s.trim() !== '';

function basisWords(entry: DistributionEntry, w: Words): string {
  switch (entry.basis.kind) {
    case 'family':
      return w.basisFamily;
    case 'consent':
      return fill(w.basisConsent, { summary: entry.basis.summary });
    case 'safeguarding':
      return fill(w.basisSafeguarding, { reason: entry.basis.reason });
  }
}

function atWords(at: string): string {
  try {
    const t = londonTime(at);
    return `${formatLongDate(t.toPlainDate().toString())}, ${clockWords(t)}`;
  } catch {
    return at;
  }
}

/** The list as the professional minutes (a table) and the family's version (plain lines) show it. */
export function distributionBlocks(entries: readonly DistributionEntry[], w: Words): Pick<MinutesSection, 'blocks' | 'familyBlocks'> {
  if (entries.length === 0) {
    const none = minutesSectionSchema.shape.blocks.parse([p(w.noCopies)]);
    return { blocks: none, familyBlocks: none };
  }
  const format = (e: DistributionEntry) => (e.format === 'docx' ? 'Word' : 'PDF');
  // Each part once: an agency sent a copy is its own name ("Oak Primary School", not "Oak Primary School, Oak Primary School").
  const who = (e: DistributionEntry) => [...new Map([e.recipient.name, e.recipient.role, e.recipient.agency].filter(present).map((s) => [s.trim().toLocaleLowerCase('en-GB'), s.trim()])).values()].join(', ');
  const rows = entries.map((e): Inline[] => [who(e), `${MINUTES_DOCUMENT_KIND_LABELS[e.document]}, ${format(e)}, version ${e.version}`, basisWords(e, w), atWords(e.at)]);
  return {
    blocks: minutesSectionSchema.shape.blocks.parse([table(w.distributionCaption, [w.recipient, w.document, w.basis, w.when], rows, [3, 3, 5, 2])]),
    familyBlocks: minutesSectionSchema.shape.familyBlocks.parse([
      ul(...entries.map((e) => fill(w.copyLine, { name: who(e), document: MINUTES_DOCUMENT_KIND_LABELS[e.document].toLocaleLowerCase('en-GB'), format: format(e), date: atWords(e.at) }))),
    ]),
  };
}

/** The content with its distribution list brought up to date: the copies of this version sent so far. */
export function withDistribution(content: MinutesContent, entries: readonly DistributionEntry[], w: Words): MinutesContent {
  const list = distributionBlocks(entries, w);
  return { ...content, sections: content.sections.map((s) => (s.id === 'distribution' ? { ...s, ...list } : s)) };
}
