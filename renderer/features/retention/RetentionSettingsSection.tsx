import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { RetentionRules } from '../../../shared/domain/retention';
import { RetentionForm } from './RetentionForm';
import { useRetentionRules } from './useDueFamilies';
import { paths } from '../../components/paths';

/** The settings page's "Keeping records" section: how long records are kept, and the review list. */
export function RetentionSettingsSection() {
  const stored = useRetentionRules();
  const [base, setBase] = useState<{ rules: RetentionRules; version: number } | null>(null);
  const notice = useRef<HTMLDivElement>(null);
  const version = base?.version ?? 0;
  useEffect(() => {
    // The form starts afresh after a save, so focus goes to the message saying what happened.
    if (version > 0) notice.current?.focus();
  }, [version]);

  return (
    <section aria-labelledby="retention-heading">
      <h2 className="section-heading" id="retention-heading">
        Keeping records
      </h2>
      {version > 0 && (
        <div className="notice notice--success" role="status" tabIndex={-1} ref={notice}>
          How long records are kept has been saved.
        </div>
      )}
      {stored === undefined ? (
        <p>Loading how long records are kept…</p>
      ) : (
        <RetentionForm key={version} saved={base?.rules ?? stored} onSaved={(rules) => setBase({ rules, version: version + 1 })} />
      )}
      <p>The practice family is not kept: remove it in the Practice family section when you have finished with it.</p>
      <p>
        <Link to={paths.retention()}>Records due for disposal</Link>
      </p>
    </section>
  );
}
