import type { ReactNode } from 'react';
import type { Block, ListItem, Run } from '../../../shared/documents/model';
import { dataUrl } from '../../../shared/bytes';
import { chartKey } from '../../../shared/documents/chart';

function Runs({ runs }: { runs: readonly Run[] }) {
  return (
    <>
      {runs.map((run, i) => {
        let node: ReactNode = run.text;
        if (run.italic) node = <em>{node}</em>;
        if (run.bold) node = <strong>{node}</strong>;
        return <span key={i}>{node}</span>;
      })}
    </>
  );
}

function Items({ items, numbered }: { items: readonly ListItem[]; numbered: boolean }) {
  const children = items.map((item, i) => (
    <li key={i}>
      <Runs runs={item.runs} />
      {item.children && item.children.length > 0 && <Items items={item.children} numbered={numbered} />}
    </li>
  ));
  return numbered ? <ol>{children}</ol> : <ul>{children}</ul>;
}

function Heading({ level, children }: { level: number; children: ReactNode }) {
  const clamped = Math.min(6, Math.max(2, level));
  if (clamped === 2) return <h2 className="minutes-block__heading">{children}</h2>;
  if (clamped === 3) return <h3 className="minutes-block__heading">{children}</h3>;
  if (clamped === 4) return <h4 className="minutes-block__heading">{children}</h4>;
  if (clamped === 5) return <h5 className="minutes-block__heading">{children}</h5>;
  return <h6 className="minutes-block__heading">{children}</h6>;
}

function OneBlock({ block, headingLevel }: { block: Block; headingLevel: number }) {
  switch (block.kind) {
    case 'heading':
      return <Heading level={headingLevel + block.level - 1}>{block.text}</Heading>;
    case 'paragraph':
      return (
        <p className="preserve-lines">
          <Runs runs={block.runs} />
        </p>
      );
    case 'list':
      return <Items items={block.items} numbered={block.style === 'numbered'} />;
    case 'table':
      return (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{block.caption}</caption>
            <thead>
              <tr>
                {block.header.map((cell, i) => (
                  <th key={i} scope="col">
                    <Runs runs={cell} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td key={c} className="preserve-lines">
                      <Runs runs={cell} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'image':
      return (
        <figure className="minutes-block__figure">
          <img className="minutes-block__image" src={dataUrl(block.mime, block.bytes)} alt={block.alt} />
          {block.chart && <p className="hint-text">{chartKey(block.chart)}</p>}
          {block.caption && <figcaption>{block.caption}</figcaption>}
        </figure>
      );
    case 'quotation':
      return (
        <figure className="minutes-quote">
          <blockquote className="minutes-quote__words preserve-lines">{block.text}</blockquote>
          <figcaption className="minutes-quote__who">
            {block.ownWords && block.toReader ? 'In your own words' : `${block.ownWords ? 'In their own words: ' : 'What they said, in summary: '}${block.speaker}`}
            {block.howGathered ? `. ${block.howGathered}` : ''}
          </figcaption>
        </figure>
      );
    case 'note':
      return (
        <div className={`notice${block.tone === 'important' ? ' notice--reminder' : ''}`}>
          {block.title && <p className="notice__title">{block.title}</p>}
          <p className="preserve-lines">
            <Runs runs={block.runs} />
          </p>
        </div>
      );
    case 'pageBreak':
      return null;
  }
}

/**
 * Shows document blocks on screen, the same content the Word and PDF files are made from.
 * `headingLevel` is the level a block's level-1 heading takes on this page.
 */
export function BlockView({ blocks, headingLevel }: { blocks: readonly Block[]; headingLevel: number }) {
  return (
    <>
      {blocks.map((block, i) => (
        <OneBlock key={i} block={block} headingLevel={headingLevel} />
      ))}
    </>
  );
}

/** The blocks as plain text, for reading aloud. */
export function blocksAsText(blocks: readonly Block[]): string {
  const runs = (r: readonly Run[]) => r.map((x) => x.text).join('');
  const items = (list: readonly ListItem[]): string[] => list.flatMap((item) => [runs(item.runs), ...items(item.children ?? [])]);
  return blocks
    .flatMap((block): string[] => {
      switch (block.kind) {
        case 'heading':
          return [block.text];
        case 'paragraph':
          return [runs(block.runs)];
        case 'list':
          return items(block.items);
        case 'table':
          return [block.caption, ...block.rows.map((row) => row.map((cell, i) => `${runs(block.header[i] ?? [])}: ${runs(cell)}`).join('. '))];
        case 'image':
          return [`A picture: ${block.alt}`];
        case 'quotation':
          return [`${block.speaker} said: ${block.text}`];
        case 'note':
          return [[block.title ?? '', runs(block.runs)].filter(Boolean).join('. ')];
        case 'pageBreak':
          return [];
      }
    })
    .filter((line) => line.trim() !== '')
    .join('\n');
}
