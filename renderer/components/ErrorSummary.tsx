import { useEffect, useRef } from 'react';
import { InPageLinks } from './InPageLink';

export interface SummaryError {
  fieldId: string;
  message: string;
}

/**
 * The list of problems shown above a form after a failed save. It takes focus when it appears
 * so keyboard and screen-reader users hear what went wrong, and each item moves to its field.
 */
export function ErrorSummary({ errors, attempt }: { errors: SummaryError[]; attempt: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
    // Refocus on every failed attempt, not on every edit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt]);
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 className="error-summary__title" id="error-summary-title">
        There is a problem
      </h2>
      <InPageLinks className="error-summary__list" links={errors.map((e) => ({ to: e.fieldId, text: e.message }))} />
    </div>
  );
}
