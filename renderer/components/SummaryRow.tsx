import type { ReactNode } from 'react';

/** One row of a description list (`dl.summary`). */
export function SummaryRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="summary__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
