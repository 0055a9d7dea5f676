import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { HomeButton } from '../../../shared/rules/home/target';
import { capitalise } from '../../../shared/words/case';
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

/** A list on the home screen with one item for each of `items`. */
export function HomeList<T>({ id, title, items, empty, children }: { id: string; title: string; items: readonly T[]; empty: ReactNode; children(item: T, index: number): ReactNode }) {
  return (
    <HomeSection id={id} title={title} count={items.length} empty={empty}>
      <ul className="home-list">{items.map(children)}</ul>
    </HomeSection>
  );
}

/** An item's title that starts with the family: "The Smith family: review due". */
export function FamilyTitle({ family, children }: { family: string; children: ReactNode }) {
  return (
    <>
      <span className="home-item__family">{capitalise(family)}</span>: {children}
    </>
  );
}

/** The line saying where an item is up to, marked when it is late. */
export function ItemState({ late = false, children }: { late?: boolean; children: ReactNode }) {
  return <p className={late ? 'home-item__state home-item__state--late' : 'home-item__state'}>{children}</p>;
}
