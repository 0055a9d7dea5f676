/**
 * The document blocks of the minutes, reduced to what the form file shows: text only, built into
 * the page with textContent, so nothing in the minutes can ever become markup or script there.
 * A picture is named by its description (the form file carries no pictures, to stay small).
 */
import { z } from 'zod';
import type { ListItem, Run } from '../documents/model';
import type { MinutesSection } from '../domain/minutes';

const text = z.string().max(2_000_000);
export interface ViewListItem {
  text: string;
  items?: ViewListItem[];
}
const viewListItemSchema: z.ZodType<ViewListItem> = z.lazy(() => z.object({ text, items: z.array(viewListItemSchema).max(500).optional() }));

export const viewBlockSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('heading'), text }),
  z.object({ kind: z.literal('paragraph'), text }),
  z.object({ kind: z.literal('list'), numbered: z.boolean(), items: z.array(viewListItemSchema).max(2000) }),
  z.object({ kind: z.literal('table'), caption: text, header: z.array(text).max(50), rows: z.array(z.array(text).max(50)).max(2000) }),
  z.object({ kind: z.literal('quotation'), text, speaker: text }),
  z.object({ kind: z.literal('note'), title: text, text }),
]);
export type ViewBlock = z.output<typeof viewBlockSchema>;

export const viewSectionSchema = z.object({ id: z.string().min(1).max(60), heading: z.string().min(1).max(300), blocks: z.array(viewBlockSchema).max(5000) });
export type ViewSection = z.output<typeof viewSectionSchema>;

const runsText = (runs: readonly Run[]) => runs.map((r) => r.text).join('');
const listItems = (items: readonly ListItem[]): ViewListItem[] =>
  items.map((item) => (item.children && item.children.length > 0 ? { text: runsText(item.runs), items: listItems(item.children) } : { text: runsText(item.runs) }));

/** The family's wording of one section, as the form shows it. */
export function viewSection(section: MinutesSection): ViewSection {
  const blocks = section.familyBlocks.flatMap((block): ViewBlock[] => {
    switch (block.kind) {
      case 'heading':
        return [{ kind: 'heading', text: block.text }];
      case 'paragraph':
        return [{ kind: 'paragraph', text: runsText(block.runs) }];
      case 'list':
        return [{ kind: 'list', numbered: block.style === 'numbered', items: listItems(block.items) }];
      case 'table':
        return [{ kind: 'table', caption: block.caption, header: block.header.map(runsText), rows: block.rows.map((row) => row.map(runsText)) }];
      case 'image':
        return [{ kind: 'paragraph', text: `(A picture: ${block.alt})` }];
      case 'quotation':
        return [{ kind: 'quotation', text: block.text, speaker: block.speaker }];
      case 'note':
        return [{ kind: 'note', title: block.title ?? '', text: runsText(block.runs) }];
      case 'pageBreak':
        return [];
    }
  });
  return { id: section.id, heading: section.familyHeading, blocks };
}
