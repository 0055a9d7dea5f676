import type { ReactNode } from 'react';

/** One titled part of the family form; its heading can take focus from the form's contents list. */
export function FormSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="form-section" aria-labelledby={id}>
      <h2 className="section-heading" id={id} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}
