import { InPageLinks } from './InPageLink';

export interface ContentsEntry {
  id: string;
  title: string;
}

/**
 * Links to each part of a long page; they move focus by hand because the hash belongs to the
 * router. `block` names the CSS block (e.g. "form-contents") and prefixes the heading's id.
 */
export function PageContents({ entries, title, block }: { entries: readonly ContentsEntry[]; title: string; block: string }) {
  return (
    <nav className={block} aria-labelledby={`${block}-title`}>
      <h2 className={`${block}__title`} id={`${block}-title`}>
        {title}
      </h2>
      <InPageLinks className={`${block}__list`} ordered links={entries.map((entry) => ({ to: entry.id, text: entry.title }))} />
    </nav>
  );
}
