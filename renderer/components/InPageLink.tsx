import type { ReactNode } from 'react';
import { focusById } from './focus';

/**
 * A link to a part of this page (a field, a section): it moves focus there by hand, because the
 * hash belongs to the router. `onFollow` replaces the focus move when the part must be opened first.
 */
export function InPageLink({ to, onFollow, children }: { to: string; onFollow?: (() => void) | undefined; children: ReactNode }) {
  return (
    <a
      href={`#${to}`}
      onClick={(event) => {
        event.preventDefault();
        if (onFollow) onFollow();
        else focusById(to);
      }}
    >
      {children}
    </a>
  );
}

/** A list of links to parts of this page: the error summary's problems, a long page's contents. */
export function InPageLinks({ links, className, ordered = false }: { links: readonly { to: string; text: string }[]; className: string; ordered?: boolean }) {
  const List = ordered ? 'ol' : 'ul';
  return (
    <List className={className}>
      {links.map((link) => (
        <li key={link.to}>
          <InPageLink to={link.to}>{link.text}</InPageLink>
        </li>
      ))}
    </List>
  );
}
