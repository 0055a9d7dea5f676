import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { HomeButton } from '../../../shared/rules/home/target';
import { pathFor } from './target-path';

/** One list on the home screen: a heading with how many, then the items or a line that teaches what to do. */
export function HomeSection({ id, title, count, empty, children, after }: { id: string; title: string; count: number; empty: ReactNode; children: ReactNode; after?: ReactNode }) {
  return (
    <section className="home-section" aria-labelledby={id}>
      <h2 className="section-heading" id={id} tabIndex={-1}>
        {title} <span className="home-section__count">({count})</span>
      </h2>
      {count === 0 ? <p className="home-section__empty">{empty}</p> : children}
      {after}
    </section>
  );
}

/** The one button an item offers. `about` names what it is for, for screen readers hearing links out of context. */
export function ItemButton({ button, about }: { button: HomeButton; about: string }) {
  return (
    <Link className="button button--secondary home-item__button" to={pathFor(button.target)} aria-label={`${button.label}: ${about}`}>
      {button.label}
    </Link>
  );
}

export function HomeItem({ title, children, button, about }: { title: ReactNode; children?: ReactNode; button: HomeButton; about: string }) {
  return (
    <li className="home-item">
      <p className="home-item__title">{title}</p>
      {children}
      <ItemButton button={button} about={about} />
    </li>
  );
}
