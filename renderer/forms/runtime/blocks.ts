/** The minutes' parts on the page, built with text only (shared/forms/view-blocks.ts). */
import type { ViewBlock, ViewListItem } from '../../../shared/forms/view-blocks';
import { h } from './dom';

function list(items: readonly ViewListItem[], numbered: boolean): HTMLElement {
  return h(numbered ? 'ol' : 'ul', {}, ...items.map((item) => h('li', {}, item.text, item.items ? list(item.items, numbered) : null)));
}

export function renderBlock(block: ViewBlock): HTMLElement {
  switch (block.kind) {
    case 'heading':
      return h('h3', {}, block.text);
    case 'paragraph':
      return h('p', {}, block.text);
    case 'list':
      return list(block.items, block.numbered);
    case 'table':
      return h(
        'div',
        { class: 'table-wrap' },
        h(
          'table',
          {},
          h('caption', {}, block.caption),
          h('thead', {}, h('tr', {}, ...block.header.map((cell) => h('th', { scope: 'col' }, cell)))),
          h('tbody', {}, ...block.rows.map((row) => h('tr', {}, ...row.map((cell) => h('td', {}, cell))))),
        ),
      );
    case 'quotation':
      return h('figure', { class: 'quote' }, h('blockquote', {}, h('p', {}, block.text)), h('figcaption', {}, block.speaker));
    case 'note':
      return h('div', { class: 'note' }, block.title ? h('p', {}, h('strong', {}, block.title)) : null, h('p', {}, block.text));
  }
}

/** The words of a part, in reading order, for read-aloud. */
export function blockText(block: ViewBlock): string {
  const items = (xs: readonly ViewListItem[]): string => xs.map((x) => `${x.text}. ${x.items ? items(x.items) : ''}`).join(' ');
  switch (block.kind) {
    case 'list':
      return items(block.items);
    case 'table':
      return `${block.caption}. ${block.rows.map((row) => row.map((cell, i) => `${block.header[i] ?? ''}: ${cell}`).join('. ')).join('. ')}`;
    case 'quotation':
      return `${block.speaker} said: ${block.text}`;
    case 'note':
      return `${block.title} ${block.text}`;
    default:
      return block.text;
  }
}
