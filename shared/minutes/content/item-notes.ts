/**
 * Notes typed under each agenda item, printed in the section of the minutes that item is about
 * (shared/rules/meeting-run/agenda-parts.ts): notes under "Welcome and introductions" go with who
 * came, notes under "What we are worried about" with the worries. Each item's notes sit under its
 * title, after what the section records in its own fields.
 */
import { h3 } from '../../documents/builders';
import type { BlockInput } from '../../documents/model';
import { minutesSectionForItem } from '../../rules/meeting-run/agenda-parts';
import { fill } from '../wording';
import { type Ctx, type Draft, paragraphs, Plain, present } from './context';

/** Adds the notes of every item that belongs in this section; a section that had nothing else loses its "nothing recorded". */
export function withItemNotes(ctx: Ctx, draft: Draft): Draft {
  const { input, w } = ctx;
  const items = input.meeting.agenda?.items ?? [];
  const plain = new Plain(ctx.glossary);
  const blocks: BlockInput[] = [];
  const familyBlocks: BlockInput[] = [];
  for (const noteEntry of input.record.itemNotes) {
    if (!present(noteEntry.notes)) continue;
    const item = items.find((i) => i.id === noteEntry.itemId);
    if (minutesSectionForItem(item) !== draft.id) continue;
    const title = item?.title ?? '';
    if (present(title)) {
      blocks.push(h3(fill(w.itemNotesHeading, { title })));
      familyBlocks.push(h3(plain.text(fill(w.itemNotesHeading, { title }))));
    }
    blocks.push(...paragraphs(noteEntry.notes));
    familyBlocks.push(...plain.paragraphs(noteEntry.notes));
  }
  if (blocks.length === 0) return draft;
  if (draft.nothing === true) return { id: draft.id, blocks, familyBlocks };
  return { ...draft, blocks: [...draft.blocks, ...blocks], familyBlocks: [...draft.familyBlocks, ...familyBlocks] };
}
