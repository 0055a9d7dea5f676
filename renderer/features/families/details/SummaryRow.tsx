import type { ReactNode } from 'react';

/** One labelled detail; rows with nothing recorded are left out rather than shown empty. */
export function SummaryRow({ label, children, marker }: { label: ReactNode; children: ReactNode; marker?: ReactNode }) {
  if (children === '' || children === null || children === undefined || children === false) return null;
  return (
    <div className="summary__row">
      <dt>{label}</dt>
      <dd>
        {typeof children === 'string' ? <bdi>{children}</bdi> : children}
        {marker}
      </dd>
    </div>
  );
}
