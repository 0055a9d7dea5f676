import type { ReactNode } from 'react';

export interface SectionProps {
  /** The heading's id: the section is named by its heading. */
  headingId: string;
  title: ReactNode;
  /** h2 by default; h3 for a section inside another. */
  level?: 2 | 3;
  /** The heading can take focus from code (after a step that replaced the button pressed), not from Tab. */
  focusable?: boolean;
  className?: string;
  children?: ReactNode;
}

/** A part of a page under its own heading: the `<section>` named by its `h2`. */
export function Section({ headingId, title, level = 2, focusable = false, className, children }: SectionProps) {
  const Heading = level === 3 ? 'h3' : 'h2';
  return (
    <section aria-labelledby={headingId} className={className}>
      <Heading className="section-heading" id={headingId} tabIndex={focusable ? -1 : undefined}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
