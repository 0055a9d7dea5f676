import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { DetailsCard } from '../../components/DetailsCard';

/** One line of an entry's details; left out when empty. */
export function Detail({ label, value }: { label: string; value: string }) {
  if (!value) return null;
  return (
    <div className="summary__row">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

/**
 * One directory entry in a list: its name as a heading, its details, and links to edit or remove it.
 * The links' names include the entry's name ("Edit Sam Patel") so each is clear out of context.
 */
export function EntryCard({
  name,
  editTo,
  removeTo,
  more,
  children,
}: {
  name: string;
  editTo: string;
  removeTo: string;
  /** Further links for this entry, e.g. a practitioner's unavailable times. */
  more?: ReactNode;
  children: ReactNode;
}) {
  return (
    <DetailsCard
      as="li"
      block="directory-card"
      name={name}
      footer={
        <p className="directory-card__actions">
          <Link to={editTo}>
            Edit<span className="visually-hidden"> {name}</span>
          </Link>
          <Link to={removeTo}>
            Remove<span className="visually-hidden"> {name}</span>
          </Link>
          {more}
        </p>
      }
    >
      {children}
    </DetailsCard>
  );
}
