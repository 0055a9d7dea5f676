import type { ReactNode } from 'react';

export interface DetailsCardProps {
  /** The card's CSS block (`person`, `directory-card`); its heading is `${block}__name`. */
  block: string;
  /** The heading: a name, kept as written. */
  name: string;
  /** `li` when the card is one of a list. */
  as?: 'div' | 'li';
  /** The rows of its `dl.summary`. */
  children: ReactNode;
  /** Anything under the rows, such as links to change or remove it. */
  footer?: ReactNode;
}

/** One named thing's details (a person, a home, a directory entry): its name as an `h3` over the rows. */
export function DetailsCard({ block, name, as: Card = 'div', children, footer }: DetailsCardProps) {
  return (
    <Card className={block}>
      <h3 className={`${block}__name`}>
        <bdi>{name}</bdi>
      </h3>
      <dl className="summary">{children}</dl>
      {footer}
    </Card>
  );
}
