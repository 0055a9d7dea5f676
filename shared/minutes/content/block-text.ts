/** A block's text, for glossary matching and plain-language checks (not for display). */
import type { Block, ListItem } from '../../documents/model';

/** Text of a block for glossary matching (not for display). */
export function blockText(block: Block): string {
  switch (block.kind) {
    case 'heading':
    case 'quotation':
      return block.text;
    case 'paragraph':
    case 'note':
      return block.runs.map((r) => r.text).join('');
    case 'list':
      return itemsText(block.items);
    case 'table':
      return [block.caption, ...block.header.flat().map((r) => r.text), ...block.rows.flat(2).map((r) => r.text)].join(' ');
    default:
      return '';
  }
}

function itemsText(items: readonly ListItem[]): string {
  return items.map((i) => `${i.runs.map((r) => r.text).join('')} ${itemsText(i.children ?? [])}`).join(' ');
}
